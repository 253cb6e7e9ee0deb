using Employment.Jobs.Search;
using Employment.Jobs.V1;
using Google.Protobuf;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>the named search cases end to end: postings filed at the counter over gRPC, searched by the public through the gateway's REST route.</summary>
public sealed class SearchEndToEndTests(JobsHost host) : IClassFixture<JobsHost>, IAsyncLifetime
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public async Task InitializeAsync()
    {
        foreach (var (title, code) in new[] { ("财务会计", "2-06-03-00"), ("主办会计", "2-06-03-00"), ("电工", "6-31-01-03"), ("电子商务专员", "4-01-02-02") })
        {
            var posting = JobsHost.Lawful(title: title, description: title + "岗位，五险一金。");
            posting.OccupationCode = code;
            await host.CreateAsync(posting);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact(Timeout = 60_000)]
    public async Task Kuaiji_finds_both_accountant_postings_through_REST_ranked_title_first()
    {
        var json = await host.Http.GetStringAsync($"/v1/jobs/postings?query={Uri.EscapeDataString("会计")}&region.code=410800");
        var answer = Parser.Parse<SearchPostingsResponse>(json);
        var titles = answer.Hits.Select(h => h.Title).ToList();
        Assert.Contains("财务会计", titles);
        Assert.Contains("主办会计", titles);
        Assert.DoesNotContain("电工", titles);
        Assert.All(answer.Hits.Where(h => h.Title.Contains("会计", StringComparison.Ordinal)), h => Assert.Equal(Relevance.TitleOccupation, h.Relevance));
        Assert.Contains(answer.Facets.ByCounty, f => f.Value == "410802");
    }

    [Fact(Timeout = 60_000)]
    public async Task Distance_education_and_occupation_filter_through_REST_with_their_facets()
    {
        // The postings are at 35.24, 113.23 (解放区) and ask for 大专 (JUNIOR_COLLEGE).
        var near = "near.latitude=35.215&near.longitude=113.242";
        var within = Parser.Parse<SearchPostingsResponse>(await host.Http.GetStringAsync(
            $"/v1/jobs/postings?query={Uri.EscapeDataString("会计")}&{near}&withinKm=5&occupationCode=2-06-03&education=EDUCATION_LEVEL_BACHELOR"));
        // Every test of this class files the four postings again (another employer each time).
        Assert.Equal(["主办会计", "财务会计"], within.Hits.Select(h => h.Title).Distinct().Order(StringComparer.Ordinal));
        var found = within.Hits.Count;
        Assert.Equal(found, within.Page.TotalSize);
        Assert.Contains(within.Facets.ByDistanceKm, f => f.Value == "5" && f.Count == found);
        Assert.Contains(within.Facets.ByMinEducation, f => f.Value == nameof(Employment.Common.V1.EducationLevel.JuniorCollege) && f.Count == found);
        Assert.Contains(within.Facets.ByOccupationGroup, f => f.Value == "2-06-03" && f.Count == found);

        var tooFar = Parser.Parse<SearchPostingsResponse>(await host.Http.GetStringAsync($"/v1/jobs/postings?query={Uri.EscapeDataString("会计")}&near.latitude=35.07&near.longitude=112.60&withinKm=10"));
        Assert.Empty(tooFar.Hits);
        var secondary = Parser.Parse<SearchPostingsResponse>(await host.Http.GetStringAsync($"/v1/jobs/postings?query={Uri.EscapeDataString("会计")}&education=EDUCATION_LEVEL_SECONDARY"));
        Assert.Empty(secondary.Hits);
    }

    [Fact(Timeout = 60_000)]
    public async Task Diangong_finds_the_electrician_and_never_e_commerce_through_REST()
    {
        var json = await host.Http.GetStringAsync($"/v1/jobs/postings?query={Uri.EscapeDataString("电工")}");
        var titles = Parser.Parse<SearchPostingsResponse>(json).Hits.Select(h => h.Title).ToList();
        Assert.Contains("电工", titles);
        Assert.DoesNotContain("电子商务专员", titles);
    }
}
