using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A flexible worker's claim judged: the person (the claimant), the decision region, the item as given (person masked), the decision and a month another claim already subsidises.</summary>
public sealed record JudgedFlexibleWorkerClaim(RegistryPerson Person, Region Region, DateOnly FirstMonth, V1.FlexibleWorkerItem Given, FlexibleWorkerJudgement Judgement, StandingMonth? HeldMonth);

/// <summary>
/// Judges a flexible worker's own claim for the social-insurance subsidy (36号（十）, 29号 cl.4; R3, R20, R25,
/// R27): the person from the registry by identity number (check character first), the region where they
/// are insured as a flexible worker (the counter must cover it), the months from the request, the first
/// subsidised month of the person's earliest standing claim of this kind (the duration runs from it), and
/// the months any standing claim already subsidises. Stores nothing.
/// </summary>
public sealed class FlexibleWorkerClaimJudging(HiringDbContext db, RegistryLookup registry, FlexibleWorkerJudge judge, ChinaClock clock) : IClaimJudging<JudgedFlexibleWorkerClaim>
{
    private const string Field = "flexible_worker";

    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming flexible_worker.…), an unknown person (NOT_FOUND), an unconfigured share, duration or scheme (FAILED_PRECONDITION naming key, region and date, R3).</exception>
    public async Task<JudgedFlexibleWorkerClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Employer is not null)
        {
            throw DomainRuleException.Invalid("employer", "灵活就业人员社会保险补贴由本人申请，不填写申请单位（employer）。");
        }

        var item = request.FlexibleWorker ?? throw DomainRuleException.Invalid(Field, "请填写申请人及其灵活就业缴费月份（flexible_worker）。");
        var code = RegionCodes.Place(item.InsuredRegion, $"{Field}.insured_region", required: true);
        OnlineTaking.RequireCovers(caller, $"{Field}.insured_region", code);
        var region = Region.Parse(code);
        var contributions = item.Contributions.Select((c, i) => new FlexibleContribution(c.Year, c.Month, Scheme(c.Scheme, i), c.Paid?.Fen ?? 0)).ToList();
        var person = await registry.PersonAsync(caller, null, item.PersonId, item.PersonIdNumber, Field, clock.Today, cancellationToken);
        var earlier = await db.FirstStandingMonthsAsync([person.PersonId], (int)V1.SubsidyKind.FlexibleSocialInsurance, cancellationToken);
        DateOnly? first = earlier.TryGetValue(person.PersonId, out var month) ? month : null;
        FlexibleWorkerJudgement judgement;
        try
        {
            judgement = judge.Judge(new FlexibleWorkerClaim(person.Profile, region, contributions, first));
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.InvalidInput && e.Field is { } inner)
        {
            // The domain names the field within the item; the caller needs the request's path.
            throw DomainRuleException.Invalid($"{Field}.{inner}", e.Message);
        }

        var standing = await db.StandingMonthsAsync([person.PersonId], cancellationToken);
        var held = MonthsPaidOnce.FirstHeld(standing.TryGetValue(person.PersonId, out var s) ? [.. s] : [], judgement.PaidMonths);
        var given = item.Clone();
        given.PersonIdNumber = person.IdNumberMasked;
        var firstMonth = first ?? contributions.Min(c => c.FirstDay);
        return new JudgedFlexibleWorkerClaim(person, region, firstMonth, given, judgement, held);
    }

    private static InsuredScheme Scheme(InsuranceScheme scheme, int index) => scheme switch
    {
        InsuranceScheme.Pension => InsuredScheme.Pension,
        InsuranceScheme.Medical => InsuredScheme.Medical,
        InsuranceScheme.Unemployment => InsuredScheme.Unemployment,
        _ => throw DomainRuleException.Invalid($"{Field}.contributions[{index}].scheme", $"第 {index + 1} 笔缴费：灵活就业人员按养老、医疗或失业保险缴费，请选择险种（收到 {scheme}）。"),
    };
}
