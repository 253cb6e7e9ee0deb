using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// Recruitment events over real gRPC on PostgreSQL: recorded at the counter, counted per region and
/// year against the targets of 济管〔2023〕19号 80. (Jiyuan 2023), and the public list of coming events
/// through the gateway's REST route.
/// </summary>
public sealed class RecruitmentEventServiceTests(JobsHost host) : IClassFixture<JobsHost>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    private static readonly Metadata JiyuanCounter = TestCallers.Counter("419001", "clerk-jy-01");

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static RecruitmentEventDetails Details(DateOnly date, string county, RecruitmentEventKind kind = RecruitmentEventKind.OnSite, string title = "民营企业招聘周") => new()
    {
        Kind = kind,
        Title = title,
        Organiser = "示例公共就业服务中心",
        Date = JobsHost.Date(date),
        County = new RegionCode { Code = county },
        Address = "示例广场",
        Contact = "0391-0000000",
    };

    private Task<RecruitmentEvent> AnnounceAsync(RecruitmentEventDetails details, Metadata clerk) =>
        host.Services.RecordEventAsync(new RecordEventRequest { IdempotencyKey = Guid.NewGuid().ToString(), Details = details }, clerk).ResponseAsync;

    private Task<RecruitmentEvent> HeldAsync(RecruitmentEvent e, int posts, int attendance, int hires, Metadata clerk) =>
        host.Services.RecordEventResultsAsync(new RecordEventResultsRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EventId = e.EventId,
            ExpectedVersion = e.Record.Version,
            PostingsOffered = posts,
            Attendance = attendance,
            Hires = hires,
        }, clerk).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task Jy_2023_19_cl80_Jiyuan_2023_held_events_are_counted_against_60_events_and_35000_posts()
    {
        var kinds = new[] { RecruitmentEventKind.Television, RecruitmentEventKind.LiveStream, RecruitmentEventKind.OnSite };
        for (var i = 0; i < kinds.Length; i++)
        {
            var e = await AnnounceAsync(Details(new DateOnly(2023, 3, 10 + i), "419001", kinds[i]), JiyuanCounter);
            await HeldAsync(e, 1000 * (i + 1), 500, 40, JiyuanCounter);
        }

        // Neither a planned event nor a cancelled one counts, nor one of another year.
        await AnnounceAsync(Details(new DateOnly(2023, 12, 1), "419001"), JiyuanCounter);
        var cancelled = await AnnounceAsync(Details(new DateOnly(2023, 6, 1), "419001"), JiyuanCounter);
        await host.Services.CancelEventAsync(new CancelEventRequest { IdempotencyKey = "c-1", EventId = cancelled.EventId, ExpectedVersion = 1, Reason = "场地冲突" }, JiyuanCounter);
        var later = await AnnounceAsync(Details(new DateOnly(2024, 1, 5), "419001"), JiyuanCounter);
        await HeldAsync(later, 999, 999, 9, JiyuanCounter);

        var counts = await host.Services.CountEventsAsync(new CountEventsRequest { Region = new RegionCode { Code = "419001" }, Year = 2023 }, JiyuanCounter);

        Assert.Equal(3, counts.EventsHeld);
        Assert.Equal(6000, counts.PostingsOffered);
        Assert.Equal(1500, counts.Attendance);
        Assert.Equal(120, counts.Hires);
        Assert.Equal(3, counts.ByKind.Count);
        var events = Assert.Single(counts.Targets, t => t.Key == "jobs.recruitment_events.min_events_per_year");
        Assert.Equal(60, events.Target);
        Assert.Equal(3, events.Actual);
        Assert.False(events.Met);
        Assert.Equal("jobs.event.annual_target", events.RuleId);
        Assert.StartsWith("济管〔2023〕19号 80.", events.CitationZh, StringComparison.Ordinal);
        var posts = Assert.Single(counts.Targets, t => t.Key == "jobs.recruitment_events.min_posts_offered_per_year");
        Assert.Equal(35_000, posts.Target);
        Assert.Equal(6000, posts.Actual);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jobs_event_annual_target_Jiyuans_targets_never_reach_Jiaozuo()
    {
        var jiaozuo = TestCallers.Counter("410800", "clerk-jz-01");
        var e = await AnnounceAsync(Details(new DateOnly(2023, 5, 20), "410821"), jiaozuo);
        await HeldAsync(e, 200, 300, 12, jiaozuo);

        var counts = await host.Services.CountEventsAsync(new CountEventsRequest { Region = new RegionCode { Code = "410800" }, Year = 2023 }, jiaozuo);

        Assert.Equal(1, counts.EventsHeld);
        Assert.Empty(counts.Targets);
        Assert.Contains("jobs.event.annual_target", counts.NoteZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jobs_event_results_once_held_results_of_a_coming_event_are_refused_naming_the_rule()
    {
        var e = await AnnounceAsync(Details(Today.AddDays(5), "419001"), JiyuanCounter);
        var error = await Assert.ThrowsAsync<RpcException>(() => HeldAsync(e, 10, 10, 1, JiyuanCounter));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("jobs.event.results_once_held", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_counter_records_and_counts_events_only_within_its_region()
    {
        var jiaozuo = TestCallers.Counter("410800", "clerk-jz-02");
        var denied = await Assert.ThrowsAsync<RpcException>(() => AnnounceAsync(Details(Today, "419001"), jiaozuo));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("details.county", denied.Said(), StringComparison.Ordinal);

        var jiyuanEvent = await AnnounceAsync(Details(Today, "419001"), JiyuanCounter);
        var hidden = await Assert.ThrowsAsync<RpcException>(() => host.Services.GetEventAsync(new GetEventRequest { EventId = jiyuanEvent.EventId }, jiaozuo).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        var count = await Assert.ThrowsAsync<RpcException>(() => host.Services.CountEventsAsync(new CountEventsRequest { Region = new RegionCode { Code = "419001" }, Year = 2023 }, jiaozuo).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, count.StatusCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("details.title")]
    [InlineData("details.date")]
    [InlineData("details.county")]
    [InlineData("details.kind")]
    public async Task Jobs_event_stated_an_event_without_what_it_needs_is_refused_naming_the_field(string field)
    {
        var details = Details(Today, "419001");
        switch (field)
        {
            case "details.title": details.Title = " "; break;
            case "details.date": details.Date = null; break;
            case "details.county": details.County = null; break;
            default: details.Kind = RecruitmentEventKind.Unspecified; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => AnnounceAsync(details, JiyuanCounter));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(field, error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_public_lists_coming_events_of_a_county_through_REST_soonest_first_without_cancelled_or_past_ones()
    {
        var clerk = TestCallers.Counter("410800", "clerk-jz-03");
        var later = await AnnounceAsync(Details(Today.AddDays(20), "410883", RecruitmentEventKind.Campus, "校园招聘月双选会"), clerk);
        var sooner = await AnnounceAsync(Details(Today.AddDays(2), "410883", RecruitmentEventKind.LiveStream, "直播带岗"), clerk);
        var cancelled = await AnnounceAsync(Details(Today.AddDays(3), "410883", title: "取消的专场"), clerk);
        await host.Services.CancelEventAsync(new CancelEventRequest { IdempotencyKey = "c-2", EventId = cancelled.EventId, ExpectedVersion = 1, Reason = "天气" }, clerk);
        await AnnounceAsync(Details(Today.AddDays(-1), "410883", title: "昨天的专场"), clerk);
        await AnnounceAsync(Details(Today.AddDays(1), "410882", title: "沁阳专场"), clerk);

        var json = await host.Http.GetStringAsync("/v1/employment-service/events?region.code=410883");
        var answer = Parser.Parse<ListUpcomingEventsResponse>(json);

        Assert.Equal([sooner.EventId, later.EventId], answer.Events.Select(e => e.EventId));
        Assert.Equal("直播带岗", answer.Events[0].Title);
        Assert.Equal(RecruitmentEventKind.LiveStream, answer.Events[0].Kind);
        Assert.Equal(2, answer.Page.TotalSize);
        Assert.DoesNotContain("record", json, StringComparison.Ordinal);

        var city = Parser.Parse<ListUpcomingEventsResponse>(await host.Http.GetStringAsync("/v1/employment-service/events?region.code=410800"));
        Assert.Contains(city.Events, e => e.Title == "沁阳专场");

        var bad = await host.Http.GetAsync("/v1/employment-service/events?region.code=12");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("region", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
