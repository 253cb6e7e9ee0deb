using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 灵活就业人员社会保险补贴 (R25): the same pension and medical contributions each month for the
/// stated months from the first month, judged by the claims' own <see cref="FlexibleWorkerJudge"/> (the group on
/// the first month's first day, the configured schemes, share and duration).
/// </summary>
internal sealed class SelfCheckFlexibleWork(FlexibleWorkerJudge judge)
{
    /// <summary>The questions, as the public site asks them of a flexible worker about their own contributions.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, Field, "flexible-work", FlexibleWorkerClaims.Taken[0].NameZh,
        "个人：就业困难人员、离校2年内未就业高校毕业生灵活就业",
        "以灵活就业人员身份缴纳社会保险的，可按规定申请社会保险补贴。",
        ["region", "first_month", "months", "monthly_pension", "monthly_medical", "person"],
        FieldWordings.Of([
            ("region", new("参保地", Required: true)),
            ("first_month", new("首个申请补贴的缴费月份", Required: true, Month: true)),
            ("months", new("缴费月数", Required: true)),
            ("monthly_pension", new("每月个人缴纳的养老保险费", Required: true)),
            ("monthly_medical", new("每月个人缴纳的医疗保险费", "没有可不填。")),
            .. StatedPersonWording.Of("person", "本人", "首个补贴月份前一天有工作（劳动合同或单位缴纳社会保险）",
                StatedPersonWording.Education, StatedPersonWording.EmploymentDifficulty, StatedPersonWording.EmployedBefore),
        ]),
        ClaimFormWording.Choices)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.FlexibleSocialInsurance)],
    };

    private const string Field = "flexible_work";

    public V1.MeasureSelfCheck Check(V1.StatedFlexibleWork stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, $"{Field}.region", required: true));
        var first = StatedPersonFacts.Day(stated.FirstMonth, $"{Field}.first_month") is { } day
            ? StatedPersonFacts.MonthOf(day)
            : throw DomainRuleException.Invalid($"{Field}.first_month", "请填写首个申请补贴的缴费月份（flexible_work.first_month）。");
        var months = StatedPersonFacts.Months(stated.Months, $"{Field}.months", "缴费月数");
        var pension = StatedPersonFacts.Fen(stated.MonthlyPension, $"{Field}.monthly_pension", "每月个人缴纳的养老保险费");
        var medical = stated.MonthlyMedical is null ? 0 : StatedPersonFacts.Fen(stated.MonthlyMedical, $"{Field}.monthly_medical", "每月个人缴纳的医疗保险费");
        var contributions = Enumerable.Range(0, months).Select(first.AddMonths)
            .SelectMany(m => new[] { new FlexibleContribution(m.Year, m.Month, InsuredScheme.Pension, pension), new FlexibleContribution(m.Year, m.Month, InsuredScheme.Medical, medical) })
            .Where(c => c.PaidFen > 0)
            .ToList();
        if (contributions.Count == 0)
        {
            throw DomainRuleException.Invalid($"{Field}.monthly_pension", "请填写每月个人缴纳的养老保险费或医疗保险费（flexible_work.monthly_pension）。");
        }

        var person = StatedPersonFacts.Profile(stated.Person, $"{Field}.person", first);
        var judged = judge.Judge(new FlexibleWorkerClaim(person, region, contributions));
        var answer = new V1.MeasureSelfCheck
        {
            Kind = V1.SubsidyKind.FlexibleSocialInsurance,
            NameZh = "灵活就业人员社会保险补贴",
            MayBePaid = judged.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.PaidMonths.AddRange(judged.PaidMonths);
        answer.BringZh.Add("本人居民身份证");
        answer.BringZh.Add("灵活就业登记凭证和个人缴纳社会保险费的缴费明细");
        answer.BringZh.Add(stated.Person?.EmploymentDifficulty == true ? "就业困难人员认定证明（就业创业证）" : "毕业证书");
        return answer;
    }
}
