using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.OneOffHires;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's leg for 吸纳 / 扩岗 (焦政办〔2024〕15号（二十）, R9): a person's contracts of the period
/// judged together as a claim at the counter would be (<see cref="OwedHireFinder"/>, with the person's standing
/// claims, one query per page), the item going to the employer whose contract the judgement chose.
/// </summary>
internal sealed class OwedOneOffHires(OwedHireFinder finder) : IOwedLeg
{
    private IReadOnlyDictionary<string, IReadOnlyList<PriorHireClaim>> priors = new Dictionary<string, IReadOnlyList<PriorHireClaim>>();
    private int judged;
    private int withoutTerm;
    private int alreadyClaimed;

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) =>
        priors = await run.Db.StandingOneOffHiresAsync(personIds, HireKinds.OfStored, cancellationToken);

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run)
    {
        var candidates = new List<HireCandidate>();
        foreach (var c in OwedContracts.InPeriod(person, run, () => withoutTerm++))
        {
            judged++;
            candidates.Add(new HireCandidate(HireClaimJudging.Employer(c.Employer, null, c.Hire.Start), c.Hire, c.End, HireFacts.PaidByClaimantSince(person, c.Employer.CreditCode, c.Hire.Start)));
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var result = finder.Find(person, candidates, priors.TryGetValue(person.Person.PersonId, out var prior) ? prior : []);
        if (result.AlreadyClaimed)
        {
            alreadyClaimed++;
        }

        if (result is { Candidate: { } chosen, Judgement: { } judgement })
        {
            run.Items.Add(run.Employers[chosen.Employer.CreditCode.ToUpperInvariant()], OwedHires.Item(person, chosen, judgement));
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts =>
    [
        new()
        {
            Kinds = { V1.SubsidyKind.Absorption, V1.SubsidyKind.JobExpansion },
            Judged = judged,
            JudgedUnitZh = "份劳动合同",
            AlreadyClaimed = alreadyClaimed,
            NotJudged = withoutTerm,
            NotJudgedZh = "无期限信息的劳动合同",
        },
    ];
}
