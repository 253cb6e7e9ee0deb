using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>One hire item judged: the person, the contract as given, and the decision with its explanation.</summary>
public sealed record JudgedHire(int Index, RegistryPerson Person, HireContract Contract, DateOnly? ContractEnd, HireJudgement Judgement);

/// <summary>A 吸纳 or 扩岗 claim judged item by item, for the claimant the registry knows.</summary>
public sealed record JudgedHireClaim(V1.SubsidyKind Kind, Claimant Claimant, HiringEmployer Employer, IReadOnlyList<JudgedHire> Items)
{
    public long TotalFen => Items.Sum(i => i.Judgement.AmountFen);
}

/// <summary>
/// Builds each <see cref="HireItem"/> from the registry (the person's profile, the months the claimant
/// paid for them since the contract start, the employer's kind and region) and this service's standing
/// claims (R9), and judges it by the rules in force on its contract start (R1, R27). Stores nothing.
/// </summary>
public sealed class HireClaimJudging(HiringDbContext db, RegistryLookup registry, OneOffHireJudge judge, ChinaClock clock) : IClaimJudging<JudgedHireClaim>
{
    /// <summary>Registry reads in flight per claim: a technical bound, not a policy figure.</summary>
    private const int RegistryReadsAtOnce = 8;

    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming the field), an unknown employer or person (NOT_FOUND).</exception>
    public async Task<JudgedHireClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Hires.Count == 0)
        {
            throw DomainRuleException.Invalid("hires", "请列出招用的人员（hires）。");
        }

        // Every item's own shape first, so a bad date is named before anything is looked up.
        var contracts = request.Hires.Select(HireInput.Contract).ToList();
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        var employer = Employer(claimant, request.IndividualBusiness, contracts[0].Contract.Start);

        // The items' registry reads overlap (each through the profile cache), a few at a time so a large
        // claim does not flood the registry; the first bad or unknown person in item order is the answer.
        var today = clock.Today;
        using var gate = new SemaphoreSlim(RegistryReadsAtOnce);
        var people = await Task.WhenAll(request.Hires.Select(async (hire, i) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await registry.PersonAsync(caller, claimant, hire, i, today, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < people.Length; i++)
        {
            if (!seen.Add(people[i].PersonId))
            {
                throw DomainRuleException.Invalid($"hires[{i}].person_id_number", $"第 {i + 1} 项：同一人员在本次申请中重复列出（{people[i].IdNumberMasked}）。");
            }
        }

        var priors = await db.StandingOneOffHiresAsync(seen, HireKinds.OfStored, cancellationToken);
        var kind = HireKinds.Of(request.Kind);
        var items = new List<JudgedHire>(people.Length);
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            var (stated, end) = contracts[i];
            var prior = priors.TryGetValue(person.PersonId, out var found) ? found : [];
            var contract = stated with { Source = RegistryContract.Agrees(person, claimant.CreditCode, stated, end, i) };
            var insurance = HireFacts.PaidByClaimantSince(person.Profile, claimant.CreditCode, contract.Start);
            var onStart = Employer(claimant, request.IndividualBusiness, contract.Start);
            var judgement = judge.Judge(new HireItem(kind, onStart, person.Profile, contract, insurance, prior));
            items.Add(new JudgedHire(i, person, contract, end, judgement));
        }

        return new JudgedHireClaim(request.Kind, claimant, employer, items);
    }

    /// <summary>
    /// The employer's kind from the registry; for an individual business, 以单位形式参保 and 有雇工 on
    /// <paramref name="on"/> (the contract start) as the registry records them, each falling back on what
    /// the clerk states with the evidence seen when the registry records nothing of that kind (R17). The
    /// explanation names the source of each.
    /// </summary>
    public static HiringEmployer Employer(Claimant claimant, V1.IndividualBusinessEvidence? evidence, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var kind = claimant.Kind switch
        {
            EntityKind.Enterprise => EmployerKind.Enterprise,
            EntityKind.IndividualBusiness => EmployerKind.IndividualBusiness,
            EntityKind.Cooperative => EmployerKind.Cooperative,
            _ => EmployerKind.Organisation,
        };
        var stated = kind == EmployerKind.IndividualBusiness && evidence is not null;
        if (stated && (evidence!.InsuredAsUnit || evidence.HasEmployees) && string.IsNullOrWhiteSpace(evidence.EvidenceReference))
        {
            throw DomainRuleException.Invalid("individual_business.evidence_reference", "请填写以单位形式参保、有雇工的证明材料（如单位参保登记号）。");
        }

        if (kind != EmployerKind.IndividualBusiness)
        {
            return new HiringEmployer(claimant.CreditCode, claimant.Name, kind, claimant.Region);
        }

        var reference = evidence?.EvidenceReference.Trim() ?? "";
        var (insured, insuredSource) = EmployerFacts.InsuredAsUnitOn(claimant, on)
            ?? (stated && evidence!.InsuredAsUnit ? (true, FactSource.Stated(reference)) : (false, FactSource.Unknown));
        var (employees, employeesSource) = EmployerFacts.HasEmployeesOn(claimant, on)
            ?? (stated && evidence!.HasEmployees ? (true, FactSource.Stated(reference)) : (false, FactSource.Unknown));
        return new HiringEmployer(claimant.CreditCode, claimant.Name, kind, claimant.Region, insured, employees, insuredSource, employeesSource);
    }
}
