using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>The owed-subsidies job's leg for the one-off start-up subsidy, judged by the <see cref="StartupSubsidyJudge"/> a claim at the counter uses.</summary>
internal sealed class OwedStartups(StartupSubsidyJudge judge) : IOwedLeg
{
    private IReadOnlyDictionary<string, IReadOnlyList<PriorStartupSubsidy>> standing = new Dictionary<string, IReadOnlyList<PriorStartupSubsidy>>();

    /// <summary>Business starts of the period judged.</summary>
    public int Judged { get; private set; }

    /// <summary>Founders a standing start-up claim covers (R14).</summary>
    public int AlreadyClaimed { get; private set; }

    /// <summary>Businesses market regulation records as 经营异常 or 注销 since registration: not owed.</summary>
    public int NotOperating { get; private set; }

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) =>
        standing = await run.Db.StandingStartupSubsidiesAsync(personIds, cancellationToken);

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run)
    {
        foreach (var (claimant, item) in Judge(person, run.Employers, run.Query, standing, run.Today))
        {
            run.Items.Add(claimant, item);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts =>
        [new() { Kinds = { V1.SubsidyKind.Startup }, Judged = Judged, JudgedUnitZh = "户创业", AlreadyClaimed = AlreadyClaimed, NotJudged = NotOperating, NotJudgedZh = "经营异常或已注销的创业实体" }];

    /// <summary>
    /// The start-up subsidies owed for the person's business starts in the period that name a business of
    /// the region (an enterprise or individual business with a registration date): judged as a claim filed
    /// today, 首次创业 from the registry (<see cref="FounderFacts"/>), 正常经营 from market regulation's record
    /// (<see cref="OperatingStatusFacts"/>: a business it records as 经营异常 or 注销 since registration is not owed), or
    /// without one taken as stated for the clerk to confirm; a founder a standing start-up claim covers counts as already claimed (R14).
    /// </summary>
    public IEnumerable<(Claimant Claimant, V1.OwedSubsidy Item)> Judge(
        PersonProfile person,
        RegionEmployers employers,
        OwedSubsidiesQuery query,
        IReadOnlyDictionary<string, IReadOnlyList<PriorStartupSubsidy>> standing,
        DateOnly today)
    {
        foreach (var fact in person.Facts)
        {
            if (fact.Superseded || fact.Kind != PersonFactKind.BusinessOwner || fact.Business is not { } business
                || !employers.TryGetValue(business.BusinessCreditCode.Trim().ToUpperInvariant(), out var claimant)
                || fact.Period?.From is not { Year: > 0 } started
                || ProtoMapping.FromProto(started) is var on && (on < query.From || on > query.Until))
            {
                continue;
            }

            Judged++;
            if (claimant.RegisteredOn is not { } registered || claimant.Kind is not (EntityKind.Enterprise or EntityKind.IndividualBusiness))
            {
                continue;
            }

            var prior = standing.TryGetValue(person.Person.PersonId, out var held) ? held : [];
            if (prior.Count > 0)
            {
                AlreadyClaimed++;
                continue;
            }

            var (first, source) = FounderFacts.FirstBusiness(person, claimant.CreditCode) ?? (false, FactSource.Unknown);
            // Market regulation's record decides 正常经营 and is the claim's evidence, so the claim can be offered as it
            // stands; without one it is assumed for the clerk to confirm with the evidence seen (no offer: the claim lacks it).
            var status = OperatingStatusFacts.SinceRegistration(claimant, registered, today);
            if (status is { Operated: false })
            {
                NotOperating++;
                continue;
            }

            var judged = new StartupBusiness(BusinessForms.FromRegistry(claimant.Kind), registered, claimant.Region, first, OperatedNormally: true, source)
            {
                OperatedNormallySource = status?.Source ?? FactSource.Stated("待窗口核验"),
            };
            var application = new StartupApplication(person, judged, prior, ClaimedOn: today);
            StartupSubsidyJudgement judgement;
            try
            {
                judgement = judge.Judge(application);
            }
            catch (DomainRuleException)
            {
                // What a claim at the counter would refuse as a precondition is not owed.
                continue;
            }

            if (!judgement.Approved)
            {
                continue;
            }

            var eventDate = judgement.Measures.Where(m => m.Passed).OrderByDescending(m => m.AmountFen).First().EntitledOn ?? registered;
            yield return (claimant, new V1.OwedSubsidy
            {
                Kind = V1.SubsidyKind.Startup,
                PersonId = person.Person.PersonId,
                PersonIdNumber = person.Person.IdNumber,
                NameMasked = IdentityNumbers.NameMasking.Mask(person.Person.Name),
                Amount = new Money { Fen = judgement.AmountFen },
                Explanation = StartupExplanation.Of(judgement, eventDate),
                EventDate = ProtoMapping.ToProto(eventDate),
                Startup = new V1.StartupItem { FounderId = person.Person.PersonId, FirstBusiness = first, OperatedNormally = true, EvidenceReference = status?.Source.Reference ?? "" },
            });
        }
    }
}
