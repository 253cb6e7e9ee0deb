using Employment.ProfileCache;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A 运营补贴 claim judged: the business (the claimant), the founder, the entry date, the decision, and a cost month a standing claim already holds.</summary>
public sealed record JudgedOperatingClaim(Claimant Claimant, RegistryPerson Founder, DateOnly EnteredIncubator, string Evidence, IReadOnlyList<IncubatorCostMonth> Costs, OperatingSubsidyJudgement Judgement, (string Month, string ClaimId)? HeldMonth)
{
    public static string Key(string employerId, string month) => $"operating/{employerId}/{month}";
}

/// <summary>
/// Judges a 创业孵化基地运营补贴 claim (Henan D09 cl.32; R14, R23, R27): the business from the registry (its
/// registered region decides; the counter must cover it), the founder (identity number, check character
/// first), the entry into the incubator and its cost months as the registry records them
/// (<see cref="AgencyAndIncubatorFacts"/>; else as the clerk states them with the agreement seen), and the months the business's standing claims already subsidise (the yearly cap counts
/// them; a month held is named). Stores nothing.
/// </summary>
public sealed class OperatingSubsidyClaimJudging(HiringDbContext db, RegistryLookup registry, OperatingSubsidyJudge judge, ChinaClock clock) : IClaimJudging<JudgedOperatingClaim>
{
    private const string Field = "incubator_operating";

    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming incubator_operating.…), an unknown business or founder (NOT_FOUND).</exception>
    public async Task<JudgedOperatingClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = request.IncubatorOperating ?? throw DomainRuleException.Invalid(Field, "请填写创业者、入驻孵化基地日期和各月实际费用（incubator_operating）。");
        var stated = HireInput.Day(item.EnteredIncubator, $"{Field}.entered_incubator");
        var evidence = item.EvidenceReference.Trim();
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        var statedCosts = item.Costs.Select(c => new IncubatorCostMonth(c.Year, c.Month, c.Cost?.Fen ?? 0)).ToList();
        DateOnly entered;
        IReadOnlyList<IncubatorCostMonth> costs;
        if (AgencyAndIncubatorFacts.IncubatorEntry(claimant) is { } recorded)
        {
            // The registry's entry and cost months decide; a stated day or month must agree with them (R14, R23).
            (entered, costs) = AgencyAndIncubatorFacts.Resolve(recorded, stated, statedCosts, Field);
            evidence = evidence.Length > 0 ? $"{recorded.Reference}；{evidence}" : recorded.Reference;
        }
        else
        {
            entered = stated ?? throw DomainRuleException.Invalid($"{Field}.entered_incubator", "请填写入驻创业孵化基地的日期（incubator_operating.entered_incubator）。");
            if (evidence.Length == 0)
            {
                throw DomainRuleException.Invalid($"{Field}.evidence_reference", "请填写所见的入驻协议及费用凭证（incubator_operating.evidence_reference）。");
            }

            costs = statedCosts;
        }

        var founderId = item.FounderId.Trim();
        if (founderId.Length > 0 && item.FounderIdNumber.Length > 0)
        {
            throw DomainRuleException.Invalid($"{Field}.founder_id", "请只用登记编号（founder_id）或身份证号码（founder_id_number）之一指明创业者。");
        }

        // The registry id is how the owed-subsidies list names the founder (services see masked numbers only).
        var founder = founderId.Length > 0
            ? await registry.PersonByIdAsync(caller, claimant.CreditCode, founderId, $"{Field}.founder_id", cancellationToken)
            : await registry.PersonAsync(caller, claimant.CreditCode, item.FounderIdNumber, $"{Field}.founder_id_number", clock.Today, cancellationToken);
        var earlier = await db.StandingOperatingMonthsAsync(claimant.EmployerId, cancellationToken);
        OperatingSubsidyJudgement judgement;
        try
        {
            judgement = judge.Judge(new OperatingSubsidyClaim(founder.Profile, claimant.Region, entered, costs, earlier.Select(e => new SubsidisedCostMonth(e.Month, e.AmountFen)).ToList()));
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.InvalidInput && e.Field is { } inner)
        {
            throw DomainRuleException.Invalid($"{Field}.{inner}", e.Message);
        }

        var held = earlier.FirstOrDefault(e => costs.Any(c => c.Display == e.Month));
        return new JudgedOperatingClaim(claimant, founder, entered, evidence, costs, judgement, held is null ? null : (held.Month, held.ClaimId));
    }
}
