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
using Employment.Persistence.Submissions;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using ApplicantsV1 = Employment.Applicants.V1;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>What the job looks at: employers registered within the region, contracts starting in the period; or one claimant's (the registry's employer or person id).</summary>
public sealed record OwedSubsidiesQuery(Region Region, DateOnly From, DateOnly Until, int EmployersPerPage)
{
    public string EmployerId { get; init; } = "";

    public string PersonId { get; init; } = "";
}

/// <summary>
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）) for 吸纳 / 扩岗, the social-insurance subsidy for hires, the
/// trainee subsidy, the one-off start-up subsidy, 稳岗返还 (<see cref="OwedStabilisation"/>), 运营补贴
/// (<see cref="OwedOperating"/>), flexible workers' social insurance (<see cref="OwedFlexibleWorkers"/>; a
/// person-month two measures could pay is offered once, under the higher amount), 一次性交通补助 and 职业介绍补贴
/// (<see cref="OwedTransport"/>, <see cref="OwedReferrals"/>): reads the registry's facts for a region and period in
/// one stream (employers, then the people they contracted or took as trainees and the founders of their
/// businesses), judges each person's contracts as a claim at the counter would be judged
/// (<see cref="OwedHireFinder"/>, with the person's standing claims, R9; <see cref="OwedSocialInsurance"/>
/// with the months standing claims hold), each host's traineeships as its claim (<see cref="OwedTrainees"/>)
/// and each business start
/// as a start-up claim filed today (<see cref="OwedStartups"/>, with the founder's standing start-up
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
    SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds,
    TimeProvider time,
    ILogger<ListOwedSubsidies> logger)
{
    private const string Purpose = "hiring.owed_subsidies";

    /// <summary>People per registry message: a technical bound, not a policy figure.</summary>
    private const int PeoplePerPage = 500;

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
        // Across people the job keeps the region's employers (as bytes), the few incubated businesses, each
        // host's traineeships until its claim is judged, and per employer a total; the items go to a spool.
        var employers = new RegionEmployers();
        var incubated = new List<Claimant>();
        var summary = new V1.OwedSubsidiesSummary();
        using var items = new OwedItems(summary, kinds.For);
        var transport = new OwedTransport(transportJudge);
        var referrals = new OwedReferrals(referralJudge);
        var trainees = new OwedTrainees(traineeJudge);
        var operating = new OwedOperating(operatingJudge);
        var startups = new OwedStartups(startupJudge);
        // One business date for the whole run, so a run across midnight judges every leg as filed on the same day.
        // 稳岗返还 as a claim filed today (R15), judged as each employer is read; standing claims in one query.
        var today = ChinaClock.DateOf(time.GetUtcNow());
        var stabilisation = new OwedStabilisation(stabilisationJudge);
        var heldRefunds = await db.KeysHeldUnderAsync("stabilisation/", cancellationToken);
        using var call = registry.StreamRegionFacts(new ApplicantsV1.StreamRegionFactsRequest
        {
            Region = new RegionCode { Code = query.Region.Code },
            ContractStarted = new DatePeriod { From = ProtoMapping.ToProto(query.From), Until = ProtoMapping.ToProto(query.Until) },
            Purpose = Purpose,
            PageSize = PeoplePerPage,
            EmployerId = query.EmployerId,
            PersonId = query.PersonId,
        }, deadline: TimeProvider.System.GetUtcNow().UtcDateTime + ReadDeadline, cancellationToken: cancellationToken);

        await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            foreach (var profile in page.Employers)
            {
                summary.EmployersRead++;
                // 以单位形式参保 / 有雇工 (R17) come from the registry's facts on each contract start; with
                // none recorded an individual business is judged without them, as at the counter
                // when the clerk states nothing.
                if (employers.Add(profile) is not { } claimant)
                {
                    continue;
                }

                if (stabilisation.Judge(claimant, today, heldRefunds) is { } refund)
                {
                    items.Add(claimant, refund);
                }

                if (AgencyAndIncubatorFacts.IncubatorEntry(claimant) is not null)
                {
                    incubated.Add(claimant);
                }
            }

            if (page.People.Count > 0)
            {
                await JudgePageAsync(page.People, employers, query, today, items, startups, trainees, operating, transport, referrals, cancellationToken);
            }
        }

        // Each host's trainees are one claim (the retention ratio reads them together): judged once all are read.
        foreach (var (host, item) in trainees.Owed(employers, today))
        {
            items.Add(host, item);
        }

        summary.TraineeshipsJudged = trainees.Judged;
        summary.AlreadyClaimed += trainees.AlreadyClaimed;

        // 运营补贴 for the period's recorded cost months (R14, R23), once every founder is read; standing claims in one query.
        var heldOperating = await db.StandingOperatingMonthsByBusinessAsync(cancellationToken);
        foreach (var (business, item) in operating.Owed(incubated, query.From, query.Until, heldOperating))
        {
            items.Add(business, item);
        }

        summary.StabilisationEmployersJudged = stabilisation.Judged;
        summary.StabilisationFactsMissing = stabilisation.FactsMissing;
        summary.IncubatorEntriesJudged = operating.Judged;
        summary.AlreadyClaimed += stabilisation.AlreadyClaimed + operating.AlreadyClaimed + transport.AlreadyClaimed + referrals.AlreadyClaimed;
        summary.WorkAwayJudged = transport.Judged;
        summary.ReferralsJudged = referrals.Judged;

        await items.WriteAsync(employers, query.EmployersPerPage, write);
        HiringLog.OwedListed(logger, query.Region.Code, query.From, query.Until, summary.PeopleRead, summary.ItemsOwed, summary.Total?.Fen ?? 0);
        await write(new V1.OwedSubsidiesPage { Summary = summary });
    }

    private async Task JudgePageAsync(
        IReadOnlyList<PersonProfile> people,
        RegionEmployers employers,
        OwedSubsidiesQuery query,
        DateOnly today,
        OwedItems items,
        OwedStartups startups,
        OwedTrainees trainees,
        OwedOperating operating,
        OwedTransport transport,
        OwedReferrals referrals,
        CancellationToken cancellationToken)
    {
        var summary = items.Summary;
        // The page's standing claims in one query each (R9, R14, months held once), as PreviewClaim reads them for its items.
        var ids = people.Select(p => p.Person.PersonId).ToList();
        var priors = await db.StandingOneOffHiresAsync(ids, HireKinds.OfStored, cancellationToken);
        var startupPriors = await db.StandingStartupSubsidiesAsync(ids, cancellationToken);
        var heldMonths = await db.StandingMonthsAsync(ids, cancellationToken);
        var heldTraineeships = await OwedTrainees.StandingAsync(db, ids, cancellationToken);
        var heldKeys = await db.KeysHeldForAsync(ids, cancellationToken);
        var firstFlexible = await OwedFlexibleWorkers.FirstSubsidisedAsync(db, ids, cancellationToken);
        var insurance = new InsuredMonthsOnce(new OwedSocialInsurance(socialInsuranceJudge), new OwedFlexibleWorkers(flexibleJudge));
        foreach (var person in people)
        {
            summary.PeopleRead++;
            foreach (var (claimant, item) in startups.Judge(person, employers, query, startupPriors, today, summary))
            {
                items.Add(claimant, item);
            }

            trainees.Gather(person, employers, query.From, query.Until, heldTraineeships.TryGetValue(person.Person.PersonId, out var traineeships) ? traineeships : []);
            operating.Gather(person, employers);
            var months = heldMonths.TryGetValue(person.Person.PersonId, out var held) ? held : [];
            var keys = heldKeys.TryGetValue(person.Person.PersonId, out var holding) ? holding : new Dictionary<string, string>();
            foreach (var item in transport.Judge(person, query.Region, query.From, query.Until, today, keys))
            {
                items.AddPersons(item);
            }

            foreach (var (agency, item) in referrals.Judge(person, employers, query.From, query.Until, keys))
            {
                items.Add(agency, item);
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
                items.Add(employer, item);
            }

            foreach (var item in offered.Flexible)
            {
                items.AddPersons(item);
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

            items.Add(employers[chosen.Employer.CreditCode.ToUpperInvariant()], OwedHires.Item(person, chosen, judgement));
        }
    }
}
