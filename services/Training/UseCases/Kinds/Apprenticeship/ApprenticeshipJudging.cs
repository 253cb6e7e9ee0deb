using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ProfileCache;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Apprenticeship;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>One 新型学徒制 judgement with what it was made from.</summary>
public sealed record JudgedApprenticeship(RegistryPerson Applicant, ApprenticeTrainingYear Year, Region Region, ApprenticeshipJudgement Judgement);

/// <summary>
/// Gathers what a 新型学徒制 decision reads — the apprentice through the profile cache, the training year,
/// the years already subsidised from this service's database — and judges it. Writes nothing.
/// </summary>
public sealed class ApprenticeshipJudging(TrainingDbContext db, RegionCheckedRegistry registry, ApprenticeshipRules rules, ChinaClock clock) : IApplicationJudging<JudgedApprenticeship>
{
    public async Task<JudgedApprenticeship> JudgeAsync(V1.SubmitApplicationRequest request, Region region, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
        var year = ApprenticeshipInput.From(request.Apprenticeship);
        var linked = caller.Role == CallerRole.Employer ? await OwnEnterpriseAsync(caller, year.EnterpriseCreditCode, today, cancellationToken) : null;
        var applicant = await registry.PersonAsync(caller, request.Person, ApplicantQuery.For(today), linked, cancellationToken);
        var prior = await db.ApprenticeYearsAsync(applicant.PersonId, (int)V1.SubsidyKind.NewApprenticeship, cancellationToken);
        var judgement = rules.Judge(new ApprenticeshipCase(year, prior, region, today));
        return new JudgedApprenticeship(applicant, year, region, judgement);
    }

    /// <summary>
    /// Online the enterprise is the agent's own (the credit code its employer's, PERMISSION_DENIED otherwise), and the
    /// apprentice one the registry links to it (a contract, insurance it paid): who the agent may name.
    /// </summary>
    private async Task<Func<Common.V1.PersonProfile, bool>> OwnEnterpriseAsync(Caller agent, string creditCode, DateOnly today, CancellationToken cancellationToken)
    {
        const string Field = "apprenticeship.enterprise_credit_code";
        if (creditCode.Length == 0)
        {
            throw DomainRuleException.Invalid(Field, "请填写本单位的统一社会信用代码：新型学徒制培训补贴发放给培训学徒的企业。");
        }

        try
        {
            await registry.EmployerAsync(agent, new Common.V1.EmployerKey { CreditCode = creditCode }, new RegistryQuery("training.application", "培训企业", Field, today), cancellationToken);
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.NotFound)
        {
            throw RpcErrors.Denied($"网上申请只能为本单位办理：统一社会信用代码须是经办人所代表单位的。 (field: {Field})");
        }

        return RegionCheckedRegistry.LinkedTo(creditCode);
    }

    /// <summary>The uniqueness key of one apprentice's training year (每人每年: one subsidy, whatever the enterprise).</summary>
    public static string YearKey(string personId, int trainingYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{personId}/Y{trainingYear}");
}
