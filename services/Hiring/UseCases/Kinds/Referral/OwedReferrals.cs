using Employment.Common.V1;
using Employment.Hiring.Domain.Referral;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's leg for 职业介绍补贴 (豫政办〔2022〕14号 四、; R26), judged by the judge its claim at the
/// counter uses on the registry's records alone: each contract of the period whose fact names an agency of the
/// region (<c>referral_agency_credit_code</c>), with the agency's licence as the registry records it on the
/// contract start (no licence recorded: not owed, the clerk must see one) and 免费介绍 as the placement record
/// states; a placement a standing claim holds is already claimed. Stores nothing.
/// </summary>
public sealed class OwedReferrals(ReferralSubsidyJudge judge) : IOwedLeg
{
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> heldByPerson = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) =>
        heldByPerson = await run.KeysHeldForPageAsync(personIds, cancellationToken);

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run)
    {
        var held = heldByPerson.TryGetValue(person.Person.PersonId, out var keys) ? keys : new Dictionary<string, string>();
        foreach (var (agency, item) in Judge(person, run.Employers, run.Query.From, run.Query.Until, held))
        {
            run.Items.Add(agency, item);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts => [new() { Kinds = { V1.SubsidyKind.JobReferral }, Judged = Judged, JudgedUnitZh = "次职业介绍", AlreadyClaimed = AlreadyClaimed }];

    public int Judged { get; private set; }

    public int AlreadyClaimed { get; private set; }

    /// <summary>The referral subsidies owed to agencies of the region for placing the person in the period.</summary>
    /// <param name="held">The once-only keys the person's standing claims hold, with their claims.</param>
    public IReadOnlyList<(Claimant Agency, V1.OwedSubsidy Item)> Judge(PersonProfile person, IReadOnlyDictionary<string, Claimant> employers, DateOnly from, DateOnly until, IReadOnlyDictionary<string, string> held)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(employers);
        ArgumentNullException.ThrowIfNull(held);
        var owed = new List<(Claimant, V1.OwedSubsidy)>();
        foreach (var fact in person.Facts)
        {
            if (fact.Kind != PersonFactKind.EmploymentContract || fact.Contract is not { ReferralAgencyCreditCode.Length: > 0 } placement
                || !employers.TryGetValue(placement.ReferralAgencyCreditCode.Trim().ToUpperInvariant(), out var agency)
                || HireFacts.ContractOf(fact) is not var (contract, end)
                || contract.Start < from || contract.Start > until)
            {
                continue;
            }

            Judged++;
            if (AgencyAndIncubatorFacts.LicensedOn(agency, contract.Start) is not var (licensed, _))
            {
                continue;
            }

            var employer = placement.EmployerCreditCode.Trim().ToUpperInvariant();
            var earlier = held.GetValueOrDefault(OncePerPlacement.Referral(person.Person.PersonId, employer, contract.Start));
            ReferralJudgement judgement;
            try
            {
                judgement = judge.Judge(new ReferralClaim(agency.CreditCode, agency.Name, agency.Region, licensed, placement.ReferralFreeOfCharge, person, contract, employer, earlier is null ? [] : [earlier]));
            }
            catch (DomainRuleException)
            {
                // What a claim at the counter would refuse (the agency region's amount unconfigured, R3) is not owed.
                continue;
            }

            if (!judgement.Approved)
            {
                AlreadyClaimed += earlier is null ? 0 : 1;
                continue;
            }

            owed.Add((agency, OwedItem.Of(person, V1.SubsidyKind.JobReferral, judgement.AmountFen, judgement.Explanation, contract.Start, item => item.Referral = new V1.ReferralItem
            {
                PersonId = person.Person.PersonId,
                EmployerCreditCode = employer,
                ContractStart = ProtoMapping.ToProto(contract.Start),
                ContractEnd = end is { } last ? ProtoMapping.ToProto(last) : null,
                OpenEnded = contract.OpenEnded,
                FreeOfCharge = placement.ReferralFreeOfCharge,
            })));
        }

        return owed;
    }
}
