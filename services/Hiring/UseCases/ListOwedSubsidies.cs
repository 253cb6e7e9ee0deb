using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Referral;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Hiring.Domain.Traineeships;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using ApplicantsV1 = Employment.Applicants.V1;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>What the job looks at: employers registered within the region, contracts starting in the period.</summary>
public sealed record OwedSubsidiesQuery(Region Region, DateOnly From, DateOnly Until, int EmployersPerPage);

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) for 吸纳 / 扩岗, the social-insurance subsidy for hires, the
/// trainee subsidy, the one-off start-up subsidy, 稳岗返还 (<see cref="OwedStabilisation"/>), 运营补贴
/// (<see cref="OwedOperating"/>), flexible workers' social insurance (<see cref="OwedFlexibleWorkers"/>; a
/// person-month two measures could pay is offered once, under the higher amount), 一次性交通补助 and 职业介绍补贴
/// (<see cref="OwedTransportAndReferral"/>): reads the registry's facts for a region and period in
/// one stream (employers, then the people they contracted or took as trainees and the founders of their
/// businesses), judges each person's contracts as a claim at the counter would be judged
/// (<see cref="OwedHireFinder"/>, with the person's standing claims, R9; <see cref="OwedSocialInsurance"/>
/// with the months standing claims hold), each host's traineeships as its claim (<see cref="OwedTrainees"/>)
/// and each business start
/// as a start-up claim filed today (<see cref="StartupSubsidyJudge"/>, with the founder's standing start-up
/// claims, R14), and answers per employer the items owed and not yet claimed, each with its amount,
/// explanation and the claim ready to submit. Stores nothing.
/// </summary>
public sealed class ListOwedSubsidies(
    HiringDbContext db,
    ApplicantsV1.Applicants.ApplicantsClient registry,
    OwedHireFinder finder,
    StartupSubsidyJudge startupJudge,
    TraineeshipJudge traineeJudge,
    SocialInsuranceJudge socialInsuranceJudge,
    StabilisationJudge stabilisationJudge,
    OperatingSubsidyJudge operatingJudge,
    FlexibleWorkerJudge flexibleJudge,
    TransportSubsidyJudge transportJudge,
    ReferralSubsidyJudge referralJudge,
    TimeProvider time,
    ILogger<ListOwedSubsidies> logger)
{
    private const string Purpose = "hiring.owed_subsidies";

    /// <summary>People per registry message: a technical bound, not a policy figure.</summary>
    private const int PeoplePerPage = 500;

    /// <summary>
    /// Items per employer entry and bytes per message (an explanation is about 12 KB): technical bounds
    /// under gRPC's default 4 MB message limit, not policy figures.
    /// </summary>
    private const int ItemsPerPart = 50;
    private const int BytesPerMessage = 1 << 20;

    /// <summary>
    /// A region-wide read takes minutes at most; the registry's per-call default is for single reads. The
    /// deadline is on the system clock, as the default one is: the injected clock is the business date,
    /// which a test (or a back-dated run) may set in the past.
    /// </summary>
    private static readonly TimeSpan ReadDeadline = TimeSpan.FromMinutes(30);

    public async Task StreamAsync(OwedSubsidiesQuery query, Func<V1.OwedSubsidiesPage, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var employers = new Dictionary<string, Claimant>(StringComparer.Ordinal);
        var owed = new Dictionary<string, List<V1.OwedSubsidy>>(StringComparer.Ordinal);
        var persons = new SortedDictionary<string, V1.OwedPerson>(StringComparer.Ordinal);
        var summary = new V1.OwedSubsidiesSummary();
        var away = new OwedTransportAndReferral(transportJudge, referralJudge);
        var trainees = new OwedTrainees(traineeJudge);
        var operating = new OwedOperating(operatingJudge);
        using var call = registry.StreamRegionFacts(new ApplicantsV1.StreamRegionFactsRequest
        {
            Region = new RegionCode { Code = query.Region.Code },
            ContractStarted = new DatePeriod { From = ProtoMapping.ToProto(query.From), Until = ProtoMapping.ToProto(query.Until) },
            Purpose = Purpose,
            PageSize = PeoplePerPage,
        }, deadline: TimeProvider.System.GetUtcNow().UtcDateTime + ReadDeadline, cancellationToken: cancellationToken);

        await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            foreach (var profile in page.Employers)
            {
                summary.EmployersRead++;
                if (RegistryLookup.ClaimantOf(profile) is { } claimant)
                {
                    // 以单位形式参保 / 有雇工 (R17) come from the registry's facts on each contract start; with
                    // none recorded an individual business is judged without them, as at the counter
                    // when the clerk states nothing.
                    employers[claimant.CreditCode.ToUpperInvariant()] = claimant;
                }
            }

            if (page.People.Count > 0)
            {
                await JudgePageAsync(page.People, employers, query, new OwedSinks(owed, persons, summary), trainees, operating, away, cancellationToken);
            }
        }

        // Each host's trainees are one claim (the retention ratio reads them together): judged once all are read.
        foreach (var (host, item) in trainees.Owed(ChinaClock.DateOf(time.GetUtcNow())))
        {
            Add(owed, host, item, summary);
        }

        summary.TraineeshipsJudged = trainees.Judged;
        summary.AlreadyClaimed += trainees.AlreadyClaimed;

        // Employer legs, once every employer and founder is read: 稳岗返还 as a claim filed today (R15), and
        // 运营补贴 for the period's recorded cost months (R14, R23); standing claims in one query each.
        var today = ChinaClock.DateOf(time.GetUtcNow());
        var stabilisation = new OwedStabilisation(stabilisationJudge);
        var heldRefunds = await db.KeysHeldUnderAsync("stabilisation/", cancellationToken);
        foreach (var employer in employers.Values)
        {
            if (stabilisation.Judge(employer, today, heldRefunds) is { } refund)
            {
                Add(owed, employer, refund, summary);
            }
        }

        var heldOperating = await db.StandingOperatingMonthsByBusinessAsync(cancellationToken);
        foreach (var (business, item) in operating.Owed(employers.Values, query.From, query.Until, heldOperating))
        {
            Add(owed, business, item, summary);
        }

        summary.StabilisationEmployersJudged = stabilisation.Judged;
        summary.StabilisationFactsMissing = stabilisation.FactsMissing;
        summary.IncubatorEntriesJudged = operating.Judged;
        summary.AlreadyClaimed += stabilisation.AlreadyClaimed + operating.AlreadyClaimed + away.AlreadyClaimed;
        summary.WorkAwayJudged = away.WorkAwayJudged;
        summary.ReferralsJudged = away.ReferralsJudged;

        var ordered = employers.Values
            .Where(e => owed.ContainsKey(e.EmployerId))
            .OrderBy(e => e.CreditCode, StringComparer.Ordinal)
            .SelectMany(e => Answer(e, owed[e.EmployerId]));
        var message = new V1.OwedSubsidiesPage();
        var bytes = 0;
        foreach (var part in ordered)
        {
            message.Employers.Add(part);
            bytes += part.CalculateSize();
            if (message.Employers.Count >= query.EmployersPerPage || bytes >= BytesPerMessage)
            {
                await write(message);
                (message, bytes) = (new V1.OwedSubsidiesPage(), 0);
            }
        }

        foreach (var person in persons.Values)
        {
            message.People.Add(Answer(person));
            bytes += message.People[^1].CalculateSize();
            if (message.Employers.Count + message.People.Count >= query.EmployersPerPage || bytes >= BytesPerMessage)
            {
                await write(message);
                (message, bytes) = (new V1.OwedSubsidiesPage(), 0);
            }
        }

        if (message.Employers.Count > 0 || message.People.Count > 0)
        {
            await write(message);
        }

        HiringLog.OwedListed(logger, query.Region.Code, query.From, query.Until, summary.PeopleRead, summary.ItemsOwed, summary.Total?.Fen ?? 0);
        await write(new V1.OwedSubsidiesPage { Summary = summary });
    }

    private async Task JudgePageAsync(
        IReadOnlyList<PersonProfile> people,
        Dictionary<string, Claimant> employers,
        OwedSubsidiesQuery query,
        OwedSinks sinks,
        OwedTrainees trainees,
        OwedOperating operating,
        OwedTransportAndReferral away,
        CancellationToken cancellationToken)
    {
        var (owed, _, summary) = sinks;
        // The page's standing claims in one query each (R9, R14, months held once), as PreviewClaim reads them for its items.
        var ids = people.Select(p => p.Person.PersonId).ToList();
        var priors = await db.StandingOneOffHiresAsync(ids, cancellationToken);
        var startupPriors = await db.StandingStartupSubsidiesAsync(ids, cancellationToken);
        var heldMonths = await db.StandingMonthsAsync(ids, cancellationToken);
        var heldTraineeships = await db.StandingTraineeshipsAsync(ids, cancellationToken);
        var heldKeys = await db.KeysHeldForAsync(ids, cancellationToken);
        var firstFlexible = await db.FirstStandingMonthsAsync(ids, (int)V1.SubsidyKind.FlexibleSocialInsurance, cancellationToken);
        var insurance = new InsuredMonthsOnce(new OwedSocialInsurance(socialInsuranceJudge), new OwedFlexibleWorkers(flexibleJudge));
        var today = ChinaClock.DateOf(time.GetUtcNow());
        foreach (var person in people)
        {
            summary.PeopleRead++;
            foreach (var (claimant, item) in OwedStartups(person, employers, query, startupPriors, today, summary))
            {
                Add(owed, claimant, item, summary);
            }

            trainees.Gather(person, employers, query.From, query.Until, heldTraineeships.TryGetValue(person.Person.PersonId, out var traineeships) ? traineeships : []);
            operating.Gather(person, employers);
            var months = heldMonths.TryGetValue(person.Person.PersonId, out var held) ? held : [];
            var keys = heldKeys.TryGetValue(person.Person.PersonId, out var holding) ? holding : new Dictionary<string, string>();
            foreach (var item in away.Transport(person, query.Region, query.From, query.Until, today, keys))
            {
                AddPersons(sinks, person, item);
            }

            foreach (var (agency, item) in away.Referrals(person, employers, query.From, query.Until, keys))
            {
                Add(owed, agency, item, summary);
            }

            var insuredHires = new List<InsuredHire>();
            var candidates = new List<HireCandidate>();
            foreach (var fact in person.Facts)
            {
                if (fact.Kind != PersonFactKind.EmploymentContract || fact.Contract is not { } contract
                    || !employers.TryGetValue(contract.EmployerCreditCode.Trim().ToUpperInvariant(), out var employer))
                {
                    continue;
                }

                if (HireFacts.ContractOf(fact) is not var (hire, end))
                {
                    summary.ContractsWithoutTerm++;
                    continue;
                }

                if (hire.Start < query.From || hire.Start > query.Until)
                {
                    continue;
                }

                summary.ContractsJudged++;
                summary.SocialInsuranceHiresJudged++;
                insuredHires.Add(new InsuredHire(employer, hire, end, contract.PublicWelfarePost));

                candidates.Add(new HireCandidate(HireClaimJudging.Employer(employer, null, hire.Start), hire, end, HireFacts.PaidByClaimantSince(person, employer.CreditCode, hire.Start)));
            }

            DateOnly? first = firstFlexible.TryGetValue(person.Person.PersonId, out var month) ? month : null;
            var offered = insurance.Judge(person, insuredHires, query, months, first);
            summary.FlexibleWorkersJudged += offered.FlexibleWorker ? 1 : 0;
            summary.MonthsOfferedOnce += offered.MonthsOfferedOnce;
            foreach (var (employer, item) in offered.Hires)
            {
                Add(owed, employer, item, summary);
            }

            foreach (var item in offered.Flexible)
            {
                AddPersons(sinks, person, item);
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var prior = priors.TryGetValue(person.Person.PersonId, out var found) ? found : [];
            var result = finder.Find(person, candidates, prior);
            if (result.AlreadyClaimed)
            {
                summary.AlreadyClaimed++;
            }

            if (result is not { Candidate: { } chosen, Judgement: { } judgement })
            {
                continue;
            }

            Add(owed, employers[chosen.Employer.CreditCode.ToUpperInvariant()], Item(person, chosen, judgement), summary);
        }
    }

    /// <summary>An item the person claims for themself: under the person, not an employer.</summary>
    private static void AddPersons(OwedSinks sinks, PersonProfile person, V1.OwedSubsidy item)
    {
        if (!sinks.Persons.TryGetValue(person.Person.PersonId, out var entry))
        {
            sinks.Persons[person.Person.PersonId] = entry = new V1.OwedPerson
            {
                PersonId = person.Person.PersonId,
                PersonIdNumber = person.Person.IdNumber,
                NameMasked = Identity.NameMasking.Mask(person.Person.Name),
            };
        }

        entry.Items.Add(item);
        Count(sinks.Summary, item);
    }

    /// <summary>A person's items, oldest first, each as its own claim (the person is the claimant, no employer).</summary>
    private static V1.OwedPerson Answer(V1.OwedPerson person)
    {
        var items = person.Items.OrderBy(i => ProtoMapping.FromProto(i.EventDate)).ThenBy(i => i.Kind).ToList();
        person.Items.Clear();
        person.Items.AddRange(items);
        person.Total = new Money { Fen = items.Sum(i => i.Amount.Fen) };
        person.Claims.AddRange(items.Select(i => i.Kind == V1.SubsidyKind.Transport
            ? new V1.SubmitClaimRequest { Kind = i.Kind, Transport = i.Transport.Clone() }
            : new V1.SubmitClaimRequest { Kind = i.Kind, FlexibleWorker = i.FlexibleWorker.Clone() }));
        return person;
    }

    private static void Add(Dictionary<string, List<V1.OwedSubsidy>> owed, Claimant claimant, V1.OwedSubsidy item, V1.OwedSubsidiesSummary summary)
    {
        if (!owed.TryGetValue(claimant.EmployerId, out var items))
        {
            owed[claimant.EmployerId] = items = [];
        }

        items.Add(item);
        Count(summary, item);
    }

    private static void Count(V1.OwedSubsidiesSummary summary, V1.OwedSubsidy item)
    {
        summary.ItemsOwed++;
        summary.Total = new Money { Fen = (summary.Total?.Fen ?? 0) + item.Amount.Fen };
    }

    /// <summary>
    /// The start-up subsidies owed for the person's business starts in the period that name a business of
    /// the region (an enterprise or individual business with a registration date): judged as a claim filed
    /// today, 首次创业 from the registry (<see cref="FounderFacts"/>), 正常经营 taken as stated for the clerk to
    /// confirm; a founder a standing start-up claim covers counts as already claimed (R14).
    /// </summary>
    private IEnumerable<(Claimant Claimant, V1.OwedSubsidy Item)> OwedStartups(
        PersonProfile person,
        Dictionary<string, Claimant> employers,
        OwedSubsidiesQuery query,
        IReadOnlyDictionary<string, IReadOnlyList<PriorStartupSubsidy>> standing,
        DateOnly today,
        V1.OwedSubsidiesSummary summary)
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

            summary.BusinessesJudged++;
            if (claimant.RegisteredOn is not { } registered || claimant.Kind is not (EntityKind.Enterprise or EntityKind.IndividualBusiness))
            {
                continue;
            }

            var prior = standing.TryGetValue(person.Person.PersonId, out var held) ? held : [];
            if (prior.Count > 0)
            {
                summary.AlreadyClaimed++;
                continue;
            }

            var (first, source) = FounderFacts.FirstBusiness(person, claimant.CreditCode) ?? (false, FactSource.Unknown);
            var application = new StartupApplication(person, new StartupBusiness(BusinessForms.FromRegistry(claimant.Kind), registered, claimant.Region, first, OperatedNormally: true, source), prior, ClaimedOn: today);
            StartupSubsidyJudgement judgement;
            try
            {
                judgement = startupJudge.Judge(application);
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
                NameMasked = Identity.NameMasking.Mask(person.Person.Name),
                Amount = new Money { Fen = judgement.AmountFen },
                Explanation = StartupExplanation.Of(judgement, eventDate),
                EventDate = ProtoMapping.ToProto(eventDate),
                Startup = new V1.StartupItem { FounderId = person.Person.PersonId, FirstBusiness = first, OperatedNormally = true },
            });
        }
    }

    private static V1.OwedSubsidy Item(PersonProfile person, HireCandidate chosen, HireJudgement judgement) => new()
    {
        Kind = judgement.Kind == HireSubsidyKind.Expansion ? V1.SubsidyKind.JobExpansion : V1.SubsidyKind.Absorption,
        PersonId = person.Person.PersonId,
        PersonIdNumber = person.Person.IdNumber,
        NameMasked = Identity.NameMasking.Mask(person.Person.Name),
        Amount = new Money { Fen = judgement.AmountFen },
        Explanation = judgement.Explanation,
        EventDate = ProtoMapping.ToProto(chosen.Contract.Start),
        Hire = new V1.HireItem
        {
            PersonId = person.Person.PersonId,
            ContractStart = ProtoMapping.ToProto(chosen.Contract.Start),
            ContractEnd = chosen.ContractEnd is { } last ? ProtoMapping.ToProto(last) : null,
            OpenEnded = chosen.Contract.OpenEnded,
        },
    };

    /// <summary>The claim a clerk submits for one owed item of a kind that claims one item at a time.</summary>
    private static V1.SubmitClaimRequest OneItemClaim(Claimant claimant, V1.OwedSubsidy item)
    {
        var claim = new V1.SubmitClaimRequest
        {
            Employer = new EmployerKey { CreditCode = claimant.CreditCode },
            Kind = item.Kind,
        };
        switch (item.Kind)
        {
            case V1.SubsidyKind.Startup:
                claim.Startup = item.Startup.Clone();
                break;
            case V1.SubsidyKind.StabilisationRefund:
                claim.RefundYear = item.RefundYear;
                break;
            case V1.SubsidyKind.IncubatorOperating:
                claim.IncubatorOperating = item.IncubatorOperating.Clone();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "not a kind claimed one item at a time");
        }

        return claim;
    }

    /// <summary>
    /// One employer's owed items, oldest contract first, and the same items as claims to submit, one per
    /// kind. An employer with more than <see cref="ItemsPerPart"/> items comes in consecutive parts, each
    /// with its items and claims and the employer's whole total, so no message outgrows a client's limit.
    /// </summary>
    private static IEnumerable<V1.OwedEmployer> Answer(Claimant claimant, List<V1.OwedSubsidy> items)
    {
        items.Sort((a, b) => ProtoMapping.FromProto(a.EventDate).CompareTo(ProtoMapping.FromProto(b.EventDate)) is var c and not 0 ? c : string.CompareOrdinal(a.PersonId, b.PersonId));
        var total = new Money { Fen = items.Sum(i => i.Amount.Fen) };
        foreach (var part in items.Chunk(ItemsPerPart))
        {
            var answer = new V1.OwedEmployer
            {
                Employer = new EmployerKey { EmployerId = claimant.EmployerId },
                EmployerName = claimant.Name,
                EmployerCreditCode = claimant.CreditCode,
                Region = new RegionCode { Code = claimant.Region.Code },
                Total = total,
            };
            answer.Items.AddRange(part);
            foreach (var kind in part.Select(i => i.Kind).Distinct().Order())
            {
                if (kind == V1.SubsidyKind.Traineeship)
                {
                    // A host's trainees are one claim (the retention ratio reads them together): all of them,
                    // in the first part that lists any.
                    if (part.Contains(items.First(i => i.Kind == kind)))
                    {
                        answer.Claims.Add(new V1.SubmitClaimRequest
                        {
                            Employer = new EmployerKey { CreditCode = claimant.CreditCode },
                            Kind = kind,
                            Trainees = { items.Where(i => i.Kind == kind).Select(i => i.Trainee.Clone()) },
                        });
                    }

                    continue;
                }

                if (kind is V1.SubsidyKind.Startup or V1.SubsidyKind.StabilisationRefund or V1.SubsidyKind.IncubatorOperating)
                {
                    // One claim per item: a business and its founder, an employer's refund year, or a founder's
                    // incubator months; the counter reads the rest from the same registry facts.
                    answer.Claims.Add(part.Where(i => i.Kind == kind).Select(i => OneItemClaim(claimant, i)));
                    continue;
                }

                // The part's items of a kind as one claim: hires, or an agency's placements (its recorded licence decides, R26).
                var claim = new V1.SubmitClaimRequest { Employer = new EmployerKey { CreditCode = claimant.CreditCode }, Kind = kind };
                var ofKind = part.Where(i => i.Kind == kind);
                if (kind == V1.SubsidyKind.JobReferral)
                {
                    claim.Referrals.AddRange(ofKind.Select(i => i.Referral.Clone()));
                }
                else
                {
                    claim.Hires.AddRange(ofKind.Select(i => i.Hire.Clone()));
                }

                answer.Claims.Add(claim);
            }

            yield return answer;
        }
    }
}

/// <summary>Where the job's items go: per employer, per person claimant, and the run's counts.</summary>
internal sealed record OwedSinks(Dictionary<string, List<V1.OwedSubsidy>> Owed, SortedDictionary<string, V1.OwedPerson> Persons, V1.OwedSubsidiesSummary Summary);
