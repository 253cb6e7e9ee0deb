using Employment.Common.V1;
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
/// What standing claims hold comes with each person (<c>KeysHeldForAsync</c>, one query per page). Stores nothing.
/// </summary>
public sealed class OwedTransportAndReferral(TransportSubsidyJudge transportJudge, ReferralSubsidyJudge referralJudge)
{
    public int WorkAwayJudged { get; private set; }

    public int ReferralsJudged { get; private set; }

    public int AlreadyClaimed { get; private set; }

    /// <summary>The transport subsidies owed to the person for work begun in the period from a home county of the region.</summary>
    /// <param name="held">The once-only keys the person's standing claims hold, with their claims.</param>
    public IReadOnlyList<V1.OwedSubsidy> Transport(PersonProfile person, Region region, DateOnly from, DateOnly until, DateOnly today, IReadOnlyDictionary<string, string> held)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(held);
        var owed = new List<V1.OwedSubsidy>();
        var offeredPerYear = new Dictionary<int, int>();
        foreach (var fact in person.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.WorkAway && f.WorkAway is not null).OrderBy(f => ProtoMapping.DayOrNull(f.Period?.From)))
        {
            if (ProtoMapping.DayOrNull(fact.Period?.From) is not { } start || start < from || start > until || start > today
                || !Region.TryParse(fact.WorkAway.HomeCounty?.Code, out var county) || !region.Contains(county)
                || !Region.TryParse(fact.WorkAway.WorkPlace?.Code, out var place))
            {
                continue;
            }

            WorkAwayJudged++;
            var year = OncePerPlacement.TransportYear(person.Person.PersonId, start.Year);
            var standing = held.Keys.Count(k => k.StartsWith(year, StringComparison.Ordinal));
            var earlier = standing + offeredPerYear.GetValueOrDefault(start.Year);
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
                // Refused by the yearly count with places that standing claims hold.
                var countReached = judgement.Explanation.Checks.Any(c => c.RuleId == OncePerPlacement.TransportRule && !c.Passed);
                AlreadyClaimed += countReached && standing > 0 ? 1 : 0;
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
    /// <param name="held">The once-only keys the person's standing claims hold, with their claims.</param>
    public IReadOnlyList<(Claimant Agency, V1.OwedSubsidy Item)> Referrals(PersonProfile person, IReadOnlyDictionary<string, Claimant> employers, DateOnly from, DateOnly until, IReadOnlyDictionary<string, string> held)
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

            ReferralsJudged++;
            if (AgencyAndIncubatorFacts.LicensedOn(agency, contract.Start) is not var (licensed, _))
            {
                continue;
            }

            var employer = placement.EmployerCreditCode.Trim().ToUpperInvariant();
            var earlier = held.GetValueOrDefault(OncePerPlacement.Referral(person.Person.PersonId, employer, contract.Start));
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
}
