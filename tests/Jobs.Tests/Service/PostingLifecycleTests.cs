using System.Net;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>Postings at the counter over real gRPC on PostgreSQL: duplicates merged, search kept in step, public answers without credit codes, bad input named.</summary>
public sealed class PostingLifecycleTests(JobsHost host) : IClassFixture<JobsHost>
{
    [Fact(Timeout = 60_000)]
    public async Task R29_the_same_employers_same_job_filed_twice_is_merged_into_the_first_posting()
    {
        var code = JobsHost.NewCreditCode();
        var first = await host.CreateAsync(JobsHost.Lawful(title: "仓库管理员", creditCode: code));
        var again = JobsHost.Lawful(title: "仓库 管理员", creditCode: code);
        again.Openings = 5;
        again.Valid.Until = JobsHost.Date(new DateOnly(again.Valid.Until.Year, again.Valid.Until.Month, again.Valid.Until.Day).AddDays(30));
        var second = await host.CreateAsync(again);

        Assert.Equal(first.PostingId, second.PostingId);
        Assert.Equal(5, second.Openings);
        Assert.Equal(again.Valid.Until, second.Valid.Until);
        Assert.Equal(2, second.Filings);
        var found = await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "仓库管理员" });
        Assert.Single(found.Hits, h => h.PostingId == first.PostingId);
        Assert.Equal(1, found.Page.TotalSize);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_different_employers_same_title_is_a_posting_of_its_own()
    {
        var one = await host.CreateAsync(JobsHost.Lawful(title: "质检员"));
        var other = await host.CreateAsync(JobsHost.Lawful(title: "质检员"));
        Assert.NotEqual(one.PostingId, other.PostingId);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_withdrawn_posting_leaves_search_and_the_public_view_at_once()
    {
        var created = await host.CreateAsync(JobsHost.Lawful(title: "面点师"));
        Assert.Contains((await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "面点师" })).Hits, h => h.PostingId == created.PostingId);

        var withdrawn = await host.Jobs.WithdrawPostingAsync(new V1.WithdrawPostingRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PostingId = created.PostingId,
            ExpectedVersion = created.Record.Version,
            Reason = "已招满",
        }, TestCallers.Counter());

        Assert.Equal(V1.PostingStatus.Withdrawn, withdrawn.Status);
        Assert.DoesNotContain((await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "面点师" })).Hits, h => h.PostingId == created.PostingId);
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.GetPublicPostingAsync(new V1.GetPublicPostingRequest { PostingId = created.PostingId }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_update_is_screened_and_reindexed_in_the_same_write()
    {
        var created = await host.CreateAsync(JobsHost.Lawful(title: "茶艺师"));
        var changed = JobsHost.Lawful(title: "高级茶艺师", creditCode: created.Employer.CreditCode);
        var refused = changed.Clone();
        refused.Description = "限女性，未婚。";
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.UpdatePostingAsync(new V1.UpdatePostingRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), PostingId = created.PostingId, ExpectedVersion = created.Record.Version, Posting = refused,
        }, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);

        var updated = await host.Jobs.UpdatePostingAsync(new V1.UpdatePostingRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), PostingId = created.PostingId, ExpectedVersion = created.Record.Version, Posting = changed,
        }, TestCallers.Counter());
        Assert.Equal("高级茶艺师", updated.Title);
        var hit = Assert.Single((await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "茶艺师" })).Hits, h => h.PostingId == created.PostingId);
        Assert.Equal("高级茶艺师", hit.Title);
    }

    [Fact(Timeout = 60_000)]
    public async Task Public_answers_carry_no_credit_code_nor_identity_number_over_gRPC_and_REST()
    {
        var code = JobsHost.NewCreditCode();
        var posting = JobsHost.Lawful(title: "前台接待", creditCode: code, description: "联系人身份证 410802199001011234 请勿外传。");
        var created = await host.CreateAsync(posting);

        var seen = await host.Jobs.GetPublicPostingAsync(new V1.GetPublicPostingRequest { PostingId = created.PostingId });
        Assert.DoesNotContain("410802199001011234", seen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, seen.ToString(), StringComparison.Ordinal);

        var rest = await host.Http.GetStringAsync($"/v1/jobs/postings/{created.PostingId}");
        Assert.Contains("前台接待", rest, StringComparison.Ordinal);
        Assert.DoesNotContain(code, rest, StringComparison.Ordinal);
        Assert.DoesNotContain("410802199001011234", rest, StringComparison.Ordinal);
        var search = await host.Http.GetStringAsync($"/v1/jobs/postings?query={Uri.EscapeDataString("前台接待")}");
        Assert.Contains(created.PostingId, search, StringComparison.Ordinal);
        Assert.DoesNotContain(code, search, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz29_20_an_individual_business_files_free_of_charge_and_the_posting_records_the_rule()
    {
        var posting = JobsHost.Lawful(title: "早餐店帮工", creditCode: JobsHost.NewCreditCode(individualBusiness: true));
        posting.Employer.Kind = EntityKind.IndividualBusiness;
        var created = await host.CreateAsync(posting);
        Assert.Equal("jobs.posting.free_filing_individual_business", created.FreeFilingRule);
        Assert.Equal("", (await host.CreateAsync(JobsHost.Lawful(title: "早餐店帮工"))).FreeFilingRule);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_gig_is_paid_by_day_or_hour_at_a_venue_and_a_traineeship_needs_a_recognised_host()
    {
        var gig = JobsHost.Lawful(title: "搬运工（日结）");
        gig.EmploymentType = V1.EmploymentType.Gig;
        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(gig));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("posting.pay.period", error.Said(), StringComparison.Ordinal);

        gig.Pay = new V1.Pay { Min = new Money { Fen = 15_000 }, Max = new Money { Fen = 20_000 }, Period = V1.PayPeriod.Day };
        error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(gig));
        Assert.Contains("posting.venue", error.Said(), StringComparison.Ordinal);

        // The bureau's counter takes applications; it is no place to offer a gig.
        gig.Venue = new V1.GigVenue { Kind = V1.VenueKind.BureauCounter, Name = "焦作市人社服务窗口" };
        error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(gig));
        Assert.Contains("posting.venue", error.Said(), StringComparison.Ordinal);

        gig.Venue = new V1.GigVenue { Kind = V1.VenueKind.GigMarket, Name = "焦作市零工市场" };
        Assert.Equal(V1.EmploymentType.Gig, (await host.CreateAsync(gig)).EmploymentType);

        var trainee = JobsHost.Lawful(title: "见习文员");
        trainee.EmploymentType = V1.EmploymentType.Traineeship;
        error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(trainee));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("traineeship_host_recognition", error.Said(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadPostings() => new()
    {
        { "no employer", "posting.employer.credit_code" },
        { "no validity", "posting.valid.until" },
        { "pay min above max", "posting.pay.max" },
        { "off the map", "posting.work_place.location" },
        { "repost without source", "posting.source.reposted_from" },
        { "bad credit code", "posting.employer.credit_code" },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(BadPostings))]
    public async Task R29_a_posting_missing_what_the_law_asks_is_INVALID_ARGUMENT_naming_the_field(string fault, string field)
    {
        var posting = JobsHost.Lawful();
        switch (fault)
        {
            case "no employer": posting.Employer = null; break;
            case "no validity": posting.Valid.Until = null; break;
            case "pay min above max": posting.Pay.Max = new Money { Fen = 100_000 }; break;
            case "off the map": posting.WorkPlace.Location = new V1.GeoPoint { Latitude = 113.23, Longitude = 35.24 }; break;
            case "repost without source": posting.Source = new V1.PostingSource { Kind = V1.SourceKind.Repost }; break;
            default: posting.Employer.CreditCode = "91410802MA00000000"; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(posting));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(field, error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("?query=" + "%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1%20%E4%BC%9A%E8%AE%A1", "query")]
    [InlineData("?region.code=12", "region")]
    [InlineData("?page.page_size=-1", "page.page_size")]
    [InlineData("?payAtLeast.fen=900000&payAtMost.fen=300000", "pay_at_most")]
    [InlineData("?page.page_token=not-a-token", "page.page_token")]
    [InlineData("?near.latitude=0&near.longitude=0&withinKm=5", "near")]
    [InlineData("?near.latitude=113.2&near.longitude=35.2&withinKm=5", "near")]
    [InlineData("?near.latitude=35.2&near.longitude=113.2&withinKm=500", "within_km")]
    [InlineData("?near.latitude=35.2&near.longitude=113.2", "within_km")]
    [InlineData("?withinKm=5", "near")]
    [InlineData("?occupationCode=kuaiji", "occupation_code")]
    public async Task Bad_search_input_through_the_gateway_is_400_INVALID_ARGUMENT_naming_the_field(string query, string field)
    {
        var response = await host.Http.GetAsync("/v1/jobs/postings" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\":3", body, StringComparison.Ordinal);
        Assert.Contains(field, body, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_page_size_of_a_million_is_capped_at_the_platforms_largest_page()
    {
        var answer = await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Page = new PageRequest { PageSize = 1_000_000 } });
        Assert.True(answer.Hits.Count <= Employment.ServiceDefaults.Paging.Pages.MaxSize);
    }
}
