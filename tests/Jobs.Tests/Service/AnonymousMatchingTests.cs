using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Jobs.Tests.Service.MatchingWorldOverGrpc;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// The public MatchJobs (no login) over gRPC and as REST through the gateway (POST /v1/jobs:match):
/// ranked postings with reasons for a self-description, nothing stored, the non-personalised variant,
/// no 公益性岗位 (R26), and bad input refused naming the field.
/// </summary>
public sealed class AnonymousMatchingTests(AnonymousMatchingTests.Market host) : IClassFixture<AnonymousMatchingTests.Market>
{
    private const string ForkliftDriver = "4-02-04-01";

    /// <summary>The service with a 叉车司机 posting and a 公益性岗位 of the same occupation, filed once for the class.</summary>
    public sealed class Market : JobsHost
    {
        public V1.JobPosting Forklift { get; private set; } = null!;

        public V1.JobPosting Welfare { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Forklift = await this.FileAsync(Posting("叉车司机", ForkliftDriver, minEducation: EducationLevel.BelowSecondary, skills: ["叉车"]));
            Welfare = await this.FileAsync(Posting("公益性岗位 仓库协管", ForkliftDriver, kind: V1.EmploymentType.PublicWelfare));
        }
    }

    private static V1.MatchJobsRequest Describe() => new()
    {
        Preferences = new V1.JobPreferences
        {
            OccupationCodes = { ForkliftDriver },
            Regions = { new RegionCode { Code = "410800" } },
            Keywords = { "叉车" },
            Education = EducationLevel.Secondary,
            MinSalary = new Money { Fen = 400_000 },
            Location = Jiefang,
        },
    };

    [Fact(Timeout = 120_000)]
    public async Task JobsMatchingAnonymous_a_self_description_gets_ranked_postings_with_reasons_and_no_public_welfare_post()
    {
        var answer = await host.Jobs.MatchJobsAsync(Describe(), TestCallers.Public());

        var match = Assert.Single(answer.Matches);
        Assert.Equal(host.Forklift.PostingId, match.Posting.PostingId);
        Assert.Equal(100, match.Score);
        Assert.Equal(match.Score, match.Reasons.Sum(r => r.Points));
        Assert.Equal(["叉车"], match.Reasons.Single(r => r.Factor == "skills").Matched);
        Assert.DoesNotContain(answer.Matches, m => m.Posting.PostingId == host.Welfare.PostingId);
        Assert.True(answer.Personalised);
        Assert.Contains("jobs.matching.anonymous_nothing_stored", answer.RuleIds);
        Assert.Contains("不保存", answer.NoticeZh, StringComparison.Ordinal);
        Assert.Equal("", answer.Page.NextPageToken);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("司机")]
    [InlineData("驾驶员")]
    [InlineData("货车司机")]
    public async Task JobsMatchingWords_a_word_typed_finds_in_matching_what_the_search_finds_for_it_in_the_same_place(string typed)
    {
        // 司机 is in 叉车司机's title and names the 小类 of 货车司机; 驾驶员 names that 小类; 货车司机 its 细类.
        await host.FileAsync(Posting("货车司机", "4-02-02-02", minEducation: EducationLevel.BelowSecondary));
        var city = new RegionCode { Code = "410800" };
        var searched = await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = typed, Region = city, Page = new PageRequest { PageSize = 100 } });
        var matched = await host.Jobs.MatchJobsAsync(new V1.MatchJobsRequest
        {
            Preferences = new V1.JobPreferences { OccupationWords = { typed }, Regions = { city } },
            Page = new PageRequest { PageSize = 100 },
        }, TestCallers.Public());

        Assert.NotEmpty(searched.Hits);
        Assert.Equal(searched.Hits.Select(h => h.PostingId).Order(), matched.Matches.Select(m => m.Posting.PostingId).Order());
        Assert.All(matched.Matches, m => Assert.True(m.Reasons.Single(r => r.Factor == "occupation") is { } r && r.Points == r.Weight, m.ReasonsZh[0]));
        Assert.All(matched.Matches, m => Assert.Contains($"您的求职意向“{typed}”", m.ReasonsZh[0], StringComparison.Ordinal));
    }

    [Fact(Timeout = 180_000)]
    public async Task JobsMatchingKeysetPages_page_tokens_walk_the_ranking_without_repeats_and_stay_stable_when_a_posting_is_filed()
    {
        const string Turner = "6-18-01-01";
        for (var i = 0; i < 7; i++)
        {
            await host.FileAsync(Posting($"数控车工{i}", Turner, at: i < 4 ? Jiefang : Xiuwu));
        }

        V1.MatchJobsRequest Ask(int size, string token = "") => new()
        {
            Preferences = new V1.JobPreferences { OccupationCodes = { Turner }, Regions = { new RegionCode { Code = "410800" } }, Location = Jiefang },
            Page = new PageRequest { PageSize = size, PageToken = token },
        };

        var whole = (await host.Jobs.MatchJobsAsync(Ask(50), TestCallers.Public())).Matches.Select(m => m.Posting.PostingId).ToList();
        Assert.Equal(7, whole.Count);
        var walked = new List<string>();
        var pages = new List<V1.MatchJobsResponse>();
        var token = "";
        do
        {
            var page = await host.Jobs.MatchJobsAsync(Ask(3, token), TestCallers.Public());
            pages.Add(page);
            walked.AddRange(page.Matches.Select(m => m.Posting.PostingId));
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Matches.Count));
        Assert.Equal(whole, walked); // the same order, no repeats, no gaps

        // A posting filed after page 1: page 2 with page 1's token is the three matches after page 1's last
        // in the ranking as it now stands — nothing of page 1 again, whatever the new posting's place.
        await host.FileAsync(Posting("数控车工新", Turner, at: Jiefang));
        var second = (await host.Jobs.MatchJobsAsync(Ask(3, pages[0].Page.NextPageToken), TestCallers.Public())).Matches.Select(m => m.Posting.PostingId).ToList();
        var now = (await host.Jobs.MatchJobsAsync(Ask(50), TestCallers.Public())).Matches.Select(m => m.Posting.PostingId).ToList();
        Assert.Equal(8, now.Count);
        var lastShown = pages[0].Matches[^1].Posting.PostingId;
        Assert.Equal(now.SkipWhile(id => id != lastShown).Skip(1).Take(3), second);
        Assert.DoesNotContain(second, id => pages[0].Matches.Any(m => m.Posting.PostingId == id));

        // A token is tied to its description; one not made here is refused naming the field.
        var other = Ask(3, pages[0].Page.NextPageToken);
        other.Preferences.Regions[0].Code = "410802";
        var foreign = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.MatchJobsAsync(other, TestCallers.Public()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, foreign.StatusCode);
        Assert.Contains("page.page_token", foreign.Said(), StringComparison.Ordinal);
        var garbage = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.MatchJobsAsync(Ask(3, "not-a-token"), TestCallers.Public()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, garbage.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsMatchingAnonymous_non_personalised_variant_lists_the_regions_newest_unscored()
    {
        var request = new V1.MatchJobsRequest { Preferences = new V1.JobPreferences { Regions = { new RegionCode { Code = "410802" } } }, NonPersonalised = true };

        var answer = await host.Jobs.MatchJobsAsync(request, TestCallers.Public());

        Assert.False(answer.Personalised);
        Assert.Contains(answer.Matches, m => m.Posting.PostingId == host.Forklift.PostingId);
        Assert.DoesNotContain(answer.Matches, m => m.Posting.PostingId == host.Welfare.PostingId);
        Assert.All(answer.Matches, m => Assert.True(m.Score == 0 && m.Reasons.Count == 0));
        Assert.Contains("jobs.matching.non_personalised_mode", answer.RuleIds);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsMatchingAnonymous_rest_through_the_gateway_answers_the_documented_json()
    {
        var body = new
        {
            preferences = new
            {
                occupationCodes = new[] { ForkliftDriver },
                regions = new[] { new { code = "410800" } },
                keywords = new[] { "叉车" },
                education = "EDUCATION_LEVEL_SECONDARY",
                minSalary = new { fen = "400000" },
                minSalaryPeriod = "PAY_PERIOD_MONTH",
                location = new { latitude = 35.24, longitude = 113.24 },
            },
            page = new { pageSize = 10 },
        };

        using var response = await host.Http.PostAsJsonAsync("/v1/jobs:match", body);
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var match = Assert.Single(root.GetProperty("matches").EnumerateArray());
        Assert.Equal(host.Forklift.PostingId, match.GetProperty("posting").GetProperty("postingId").GetString());
        Assert.Equal(100, match.GetProperty("score").GetInt32());
        var reasons = match.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Equal("occupation", reasons[0].GetProperty("factor").GetString());
        Assert.Equal(30, reasons[0].GetProperty("points").GetInt32());
        Assert.Equal(30, reasons[0].GetProperty("weight").GetInt32());
        Assert.StartsWith("职业 30/30分", match.GetProperty("reasonsZh")[0].GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("personalised").GetBoolean());
        Assert.DoesNotContain("creditCode", json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadDescriptions => new()
    {
        { "off-map", "preferences.location" },
        { "absurd-pay", "preferences.min_salary" },
        { "too-many-skills", "preferences.keywords" },
        { "nothing-to-match", "preferences" },
        { "no-region", "preferences.regions" },
        { "bad-occupation", "preferences.occupation_codes" },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(BadDescriptions))]
    public async Task JobsMatchingAnonymous_bad_input_is_invalid_argument_naming_the_field(string bad, string field)
    {
        var request = Describe();
        var p = request.Preferences;
        switch (bad)
        {
            case "off-map": p.Location = new V1.GeoPoint { Latitude = 113.24, Longitude = 35.24 }; break;
            case "absurd-pay": p.MinSalary = new Money { Fen = 1_000_000_000_000 }; break;
            case "too-many-skills": p.Keywords.Add(Enumerable.Range(0, 21).Select(i => "技能" + i)); break;
            case "nothing-to-match": p.OccupationCodes.Clear(); p.Keywords.Clear(); break;
            case "no-region": p.Regions.Clear(); break;
            case "bad-occupation": p.OccupationCodes.Add("电工"); break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.MatchJobsAsync(request, TestCallers.Public()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(field, Assert.Single(refused.Detail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }

    [Fact(Timeout = 120_000)]
    public async Task JobsMatchingAnonymous_bad_input_through_rest_is_400_naming_the_field()
    {
        var body = new { preferences = new { occupationCodes = new[] { ForkliftDriver }, regions = new[] { new { code = "410800" } }, location = new { latitude = 0.0, longitude = 0.0 } } };

        using var response = await host.Http.PostAsJsonAsync("/v1/jobs:match", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("preferences.location", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
