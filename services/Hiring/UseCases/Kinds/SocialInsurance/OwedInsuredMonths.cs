using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.SocialInsurance;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's leg for the two social-insurance measures (R21, R25): a person's contracts of the
/// period judged for the subsidy for hires (<see cref="OwedSocialInsurance"/>) and the person's own payments
/// as a flexible worker (<see cref="OwedFlexibleWorkers"/>), each person-month offered once under the higher
/// amount (<see cref="InsuredMonthsOnce"/>), the months standing claims hold read once per page.
/// </summary>
internal sealed class OwedInsuredMonths(SocialInsuranceJudge socialInsurance, FlexibleWorkerJudge flexible) : IOwedLeg
{
    private readonly InsuredMonthsOnce once = new(new OwedSocialInsurance(socialInsurance), new OwedFlexibleWorkers(flexible));
    private IReadOnlyDictionary<string, IReadOnlyList<StandingMonth>> heldMonths = new Dictionary<string, IReadOnlyList<StandingMonth>>();
    private IReadOnlyDictionary<string, DateOnly> firstFlexible = new Dictionary<string, DateOnly>();
    private int hiresJudged;
    private int flexibleWorkersJudged;

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken)
    {
        heldMonths = await run.Db.StandingMonthsAsync(personIds, cancellationToken);
        firstFlexible = await OwedFlexibleWorkers.FirstSubsidisedAsync(run.Db, personIds, cancellationToken);
    }

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run)
    {
        var id = person.Person.PersonId;
        var hires = OwedContracts.InPeriod(person, run).Select(c => new InsuredHire(c.Employer, c.Hire, c.End, c.PublicWelfarePost)).ToList();
        hiresJudged += hires.Count;
        DateOnly? first = firstFlexible.TryGetValue(id, out var month) ? month : null;
        var offered = once.Judge(person, hires, run.Query, heldMonths.TryGetValue(id, out var held) ? held : [], first);
        flexibleWorkersJudged += offered.FlexibleWorker ? 1 : 0;
        run.Items.Summary.MonthsOfferedOnce += offered.MonthsOfferedOnce;
        foreach (var (employer, item) in offered.Hires)
        {
            run.Items.Add(employer, item);
        }

        foreach (var item in offered.Flexible)
        {
            run.Items.AddPersons(item);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts =>
    [
        new() { Kinds = { V1.SubsidyKind.SocialInsurance }, Judged = hiresJudged, JudgedUnitZh = "份劳动合同" },
        new() { Kinds = { V1.SubsidyKind.FlexibleSocialInsurance }, Judged = flexibleWorkersJudged, JudgedUnitZh = "名灵活就业人员" },
    ];
}
