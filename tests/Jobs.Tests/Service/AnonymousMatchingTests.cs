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
        Assert.EndsWith($"(field: {field})", refused.Status.Detail, StringComparison.Ordinal);
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
