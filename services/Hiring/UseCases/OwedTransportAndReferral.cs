using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Referral;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's legs for 一次性交通补助 (15号（九）; R26) and 职业介绍补贴 (豫政办〔2022〕14号 四、; R26),
/// each judged by the judge its claim at the counter uses, on the registry's records alone:
/// <list type="bullet">
/// <item>transport: each 外出务工 record (<c>PERSON_FACT_KIND_WORK_AWAY</c>) of the period from a home county of the
/// region, work begun by today; the paying county is the home county, the places standing claims (and earlier
/// owed items) hold for the person's year are counted against its yearly count;</item>
/// <item>referral: each contract of the period whose fact names an agency of the region
/// (<c>referral_agency_credit_code</c>), with the agency's licence as the registry records it on the contract
/// start (no licence recorded: not owed, the clerk must see one) and 免费介绍 as the placement record states;
/// a placement a standing claim holds is already claimed.</item>
/// </list>
/// Stores nothing.
/// </summary>
public sealed class OwedTransportAndReferral(HiringDbContext db, TransportSubsidyJudge transportJudge, ReferralSubsidyJudge referralJudge)
{
    public int WorkAwayJudged { get; private set; }

    public int ReferralsJudged { get; private set; }

    public int AlreadyClaimed { get; private set; }

    /// <summary>The transport subsidies owed to the person for work begun in the period from a home county of the region.</summary>
    public async Task<IReadOnlyList<V1.OwedSubsidy>> TransportAsync(PersonProfile person, Region region, DateOnly from, DateOnly until, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var owed = new List<V1.OwedSubsidy>();
        var offeredPerYear = new Dictionary<int, int>();
        foreach (var fact in person.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.WorkAway && f.WorkAway is not null).OrderBy(f => Day(f.Period?.From)))
        {
            if (Day(fact.Period?.From) is not { } start || start < from || start > until || start > today
                || !Region.TryParse(fact.WorkAway.HomeCounty?.Code, out var county) || !region.Contains(county)
                || !Region.TryParse(fact.WorkAway.WorkPlace?.Code, out var place))
            {
                continue;
            }

            WorkAwayJudged++;
            var held = await db.KeysHeldUnderAsync(OncePerPlacement.TransportYear(person.Person.PersonId, start.Year), cancellationToken);
            var earlier = held.Count + offeredPerYear.GetValueOrDefault(start.Year);
            TransportJudgement judgement;
            try
            {
                judgement = transportJudge.Judge(new TransportClaim(person, county, start, place, earlier));
            }
            catch (DomainRuleException)
            {
                // What a claim at the counter would refuse (the county's amount or count unconfigured, R3) is not owed.
                continue;
            }

            if (!judgement.Approved)
            {
                AlreadyClaimed += held.Count > 0 && judgement.PolicyInForce ? 1 : 0;
                continue;
            }

            offeredPerYear[start.Year] = offeredPerYear.GetValueOrDefault(start.Year) + 1;
            owed.Add(Item(person, V1.SubsidyKind.Transport, judgement.AmountFen, judgement.Explanation, start, item => item.Transport = new V1.TransportItem
            {
                PersonId = person.Person.PersonId,
                County = new RegionCode { Code = county.Code },
                WorkStart = ProtoMapping.ToProto(start),
                WorkPlace = new RegionCode { Code = place.Code },
                EvidenceReference = Evidence(fact),
            }));
        }

        return owed;
    }

    /// <summary>The referral subsidies owed to agencies of the region for placing the person in the period.</summary>
    public async Task<IReadOnlyList<(Claimant Agency, V1.OwedSubsidy Item)>> ReferralsAsync(PersonProfile person, IReadOnlyDictionary<string, Claimant> employers, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(employers);
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

            ReferralsJudged++;
            if (AgencyAndIncubatorFacts.LicensedOn(agency, contract.Start) is not var (licensed, _))
            {
                continue;
            }

            var employer = placement.EmployerCreditCode.Trim().ToUpperInvariant();
            var earlier = await db.ClaimHoldingAsync(OncePerPlacement.Referral(person.Person.PersonId, employer, contract.Start), cancellationToken);
            ReferralJudgement judgement;
            try
            {
                judgement = referralJudge.Judge(new ReferralClaim(agency.CreditCode, agency.Name, agency.Region, licensed, placement.ReferralFreeOfCharge, person, contract, employer, earlier is null ? [] : [earlier]));
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

            owed.Add((agency, Item(person, V1.SubsidyKind.JobReferral, judgement.AmountFen, judgement.Explanation, contract.Start, item => item.Referral = new V1.ReferralItem
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

    private static V1.OwedSubsidy Item(PersonProfile person, V1.SubsidyKind kind, long amountFen, Explanation explanation, DateOnly eventDate, Action<V1.OwedSubsidy> detail)
    {
        var item = new V1.OwedSubsidy
        {
            Kind = kind,
            PersonId = person.Person.PersonId,
            PersonIdNumber = person.Person.IdNumber,
            NameMasked = Identity.NameMasking.Mask(person.Person.Name),
            Amount = new Money { Fen = amountFen },
            Explanation = explanation,
            EventDate = ProtoMapping.ToProto(eventDate),
        };
        detail(item);
        return item;
    }

    /// <summary>The record read, as the work certificate's reference in a claim the clerk enters from it.</summary>
    private static string Evidence(PersonFact fact)
    {
        var text = $"登记系统记录：外出务工（{fact.Authority.Trim()}{(fact.EvidenceReference.Trim() is { Length: > 0 } r ? " " + r : "")}）";
        return text.Length <= 100 ? text : text[..100];
    }

    private static DateOnly? Day(CalendarDate? date) =>
        date is { Year: > 0, Month: >= 1 and <= 12, Day: >= 1 } d && d.Day <= DateTime.DaysInMonth(d.Year, d.Month) ? ProtoMapping.FromProto(d) : null;
}
