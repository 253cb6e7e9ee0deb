using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Submissions;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
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
/// 直补快办 / 免申即享 (焦政办〔2024〕15号（二十）): reads the registry's facts for a region and period in one stream
/// (employers, then the people they contracted or took as trainees and the founders of their businesses) and
/// hands each to every kind's leg of the list (<see cref="IOwedLeg"/>, in the kind's folder, registered by its
/// kind): each judges what is owed as a claim at the counter would be judged, with the claims already standing,
/// and adds the items. Answers per employer the items owed and not yet claimed, each with its amount,
/// explanation and the claim ready to submit, then what each leg judged. Names no kind. Stores nothing.
/// </summary>
public sealed class ListOwedSubsidies(
    HiringDbContext db,
    ApplicantsV1.Applicants.ApplicantsClient registry,
    IServiceProvider services,
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
        // Across people the job keeps the region's employers (as bytes), what each leg gathers until it judges
        // (a host's traineeships, the incubated businesses), and per employer a total; the items go to a spool.
        var summary = new V1.OwedSubsidiesSummary();
        using var items = new OwedItems(summary, kinds.For);
        // One business date for the whole run, so a run across midnight judges every leg as filed on the same day.
        var run = new OwedListRun(db, query, ChinaClock.DateOf(time.GetUtcNow()), new RegionEmployers(), items);
        // A new leg of each kind for this run (each keeps what it gathers).
        var legs = services.GetServices<IOwedLeg>().ToList();
        foreach (var leg in legs)
        {
            await leg.StartAsync(run, cancellationToken);
        }

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
                if (run.Employers.Add(profile) is not { } claimant)
                {
                    continue;
                }

                foreach (var leg in legs)
                {
                    leg.ReadEmployer(claimant, run);
                }
            }

            if (page.People.Count == 0)
            {
                continue;
            }

            // The page's standing claims in one query per leg (R9, R14, months held once), as PreviewClaim reads them for its items.
            var ids = page.People.Select(p => p.Person.PersonId).ToList();
            foreach (var leg in legs)
            {
                await leg.ReadPageAsync(ids, run, cancellationToken);
            }

            foreach (var person in page.People)
            {
                summary.PeopleRead++;
                foreach (var leg in legs)
                {
                    leg.ReadPerson(person, run);
                }
            }
        }

        foreach (var leg in legs)
        {
            await leg.FinishAsync(run, cancellationToken);
        }

        foreach (var count in legs.SelectMany(l => l.Counts))
        {
            count.NameZh = string.Join("、", count.Kinds.Select(kinds.NameZh));
            summary.AlreadyClaimed += count.AlreadyClaimed;
            summary.Kinds.Add(count);
        }

        await items.WriteAsync(run.Employers, query.EmployersPerPage, write);
        HiringLog.OwedListed(logger, query.Region.Code, query.From, query.Until, summary.PeopleRead, summary.ItemsOwed, summary.Total?.Fen ?? 0);
        await write(new V1.OwedSubsidiesPage { Summary = summary });
    }
}
