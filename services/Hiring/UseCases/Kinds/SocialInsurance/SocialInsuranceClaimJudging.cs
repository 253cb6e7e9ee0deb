using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>One hire judged for the social-insurance subsidy: the person, the contract as given, the routes' decision, its one explanation, and a month another claim already subsidises.</summary>
public sealed record JudgedSocialInsuranceHire(
    int Index,
    RegistryPerson Person,
    HireContract Contract,
    DateOnly? ContractEnd,
    SocialInsuranceJudgement Judgement,
    Explanation Explanation,
    IReadOnlyList<string> SubsidisedMonths,
    StandingMonth? HeldMonth);

public sealed record JudgedSocialInsuranceClaim(Claimant Claimant, HiringEmployer Employer, IReadOnlyList<JudgedSocialInsuranceHire> Items)
{
    public long TotalFen => Items.Sum(i => i.Judgement.AmountFen);
}

/// <summary>
/// Builds each <see cref="SocialInsuranceHire"/> from the registry (the person's profile; the employer's
/// kind, region and the size fact in force on the contract start, R13, R21; the employer's monthly parts
/// it records, <see cref="RegistryContributions"/>), the request (contract, 公益性岗位 placement, the months
/// paid where the registry records none) and the months standing claims already subsidise, and judges it
/// by the routes in force on its contract start (R25, R27). Stores nothing.
/// </summary>
public sealed class SocialInsuranceClaimJudging(HiringDbContext db, RegistryLookup registry, SocialInsuranceJudge judge, ChinaClock clock) : IClaimJudging<JudgedSocialInsuranceClaim>
{
    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming hires[i]…), an unknown employer or person (NOT_FOUND), an enterprise without a size fact where only a size route could pay (FAILED_PRECONDITION, employer.size), an unconfigured share (FAILED_PRECONDITION, R3).</exception>
    public async Task<JudgedSocialInsuranceClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Hires.Count == 0)
        {
            throw DomainRuleException.Invalid("hires", "请列出申请社会保险补贴的招用人员（hires）。");
        }

        var contracts = request.Hires.Select(HireInput.Contract).ToList();
        var contributions = request.Hires.Select(Contributions).ToList();
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        var employer = HireClaimJudging.Employer(claimant, request.IndividualBusiness, contracts[0].Contract.Start);

        var today = clock.Today;
        var people = new List<RegistryPerson>(request.Hires.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Hires.Count; i++)
        {
            var field = $"hires[{i}].person_id_number";
            // By registry id (as the owed-subsidies list prepares claims) or by identity number.
            var person = await registry.PersonAsync(caller, claimant, request.Hires[i], i, today, cancellationToken);
            if (!seen.Add(person.PersonId))
            {
                throw DomainRuleException.Invalid(field, $"第 {i + 1} 项：同一人员在本次申请中重复列出（{person.IdNumberMasked}）。");
            }

            people.Add(person);
        }

        var standing = await db.StandingMonthsAsync(seen, cancellationToken);
        var items = new List<JudgedSocialInsuranceHire>(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var (contract, end) = contracts[i];
            _ = RegistryContract.Agrees(people[i], claimant.CreditCode, contract, end, i);
            // The employer's monthly parts the registry records decide; the claim's months only where it records none (R18).
            var paid = RegistryContributions.Resolve(people[i], claimant.CreditCode, contract, end, contributions[i], i);
            // A 公益性岗位 placement: the registry's record of it, else the clerk's statement (R26).
            var publicWelfarePost = request.Hires[i].PublicWelfarePost || RegistryContract.RecordsPublicWelfarePost(people[i], claimant.CreditCode, contract.Start);
            var hire = new SocialInsuranceHire(HireClaimJudging.Employer(claimant, request.IndividualBusiness, contract.Start), EmployerFacts.SizeOn(claimant, contract.Start), people[i].Profile, contract, publicWelfarePost, paid);
            SocialInsuranceJudgement judgement;
            try
            {
                judgement = judge.Judge(hire);
            }
            catch (DomainRuleException e) when (e.Kind == DomainRuleKind.InvalidInput && e.Field is { } inner)
            {
                // The domain names the field within the hire; the caller needs the item too.
                throw DomainRuleException.Invalid($"hires[{i}].{inner}", $"第 {i + 1} 项：{e.Message}");
            }

            var months = judgement.Measures.FirstOrDefault(m => m.MeasureId == judgement.PaidMeasureId)?.PaidMonths ?? [];
            var held = MonthsPaidOnce.FirstHeld(standing.TryGetValue(people[i].PersonId, out var s) ? [.. s] : [], months);
            items.Add(new JudgedSocialInsuranceHire(i, people[i], contract, end, judgement, SocialInsuranceExplanation.Of(judgement, contract.Start), months, held));
        }

        return new JudgedSocialInsuranceClaim(claimant, employer, items);
    }

    private static List<ContributionMonth> Contributions(V1.HireItem item, int index) =>
        item.Contributions.Select(c => new ContributionMonth(c.Year, c.Month, c.Paid?.Fen ?? 0, c.PaidOnTime)).ToList();
}
