using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 自助测算 for every kind a person or employer may check: each stated situation goes to its kind's
/// self-check (in the kind's folder), whose statements become the facts the counter's claims read from the
/// registry (one fact of each stated kind, sourced 本人填报) and which the counter's judge judges by the
/// rules in force on the date that matters in the stated region (R1, R27), so Jiaozuo's measures never
/// answer for Jiyuan. Reads no registry and no database, writes nothing.
/// </summary>
internal sealed class SelfCheckSubsidies(SelfCheckStartup startup, SelfCheckHire hire,
    SelfCheckTraineeship traineeship, SelfCheckInsuredHire insuredHire, SelfCheckFlexibleWork flexibleWork,
    SelfCheckStabilisation stabilisation, SelfCheckIncubator incubator)
{
    public V1.SubsidySelfCheck Check(V1.SubsidySelfCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Startup is null && request.Hire is null && request.Traineeship is null && request.InsuredHire is null
            && request.FlexibleWork is null && request.Stabilisation is null && request.Incubator is null)
        {
            throw DomainRuleException.Invalid("startup", "请填写要测算的补贴的情况（startup、hire、traineeship、insured_hire、flexible_work、stabilisation 或 incubator），至少一项。");
        }

        var answer = new V1.SubsidySelfCheck { NoticeZh = StatedPersonFacts.Notice };
        answer.Startup = request.Startup is { } founder ? startup.Check(founder) : null;
        answer.Hire = request.Hire is { } hired ? hire.Check(hired) : null;
        answer.Traineeship = request.Traineeship is { } t ? traineeship.Check(t) : null;
        answer.InsuredHire = request.InsuredHire is { } i ? insuredHire.Check(i) : null;
        answer.FlexibleWork = request.FlexibleWork is { } f ? flexibleWork.Check(f) : null;
        answer.Stabilisation = request.Stabilisation is { } s ? stabilisation.Check(s) : null;
        answer.Incubator = request.Incubator is { } o ? incubator.Check(o) : null;

        return answer;
    }
}
