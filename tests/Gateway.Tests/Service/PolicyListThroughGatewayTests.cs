using System.Net;
using System.Text.Json;
using Employment.Common.V1;
using Employment.Policy.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Xunit;

namespace Gateway.Tests.Service;

/// <summary>
/// "One public policy list", as the public meets it: one route to the policy-catalog
/// service, anonymous, over REST (<c>GET /v1/policy/measures?region.code=410800&amp;on=2024-03-01</c>)
/// and gRPC alike, listing every domain with each value's clause and quote.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class PolicyListThroughGatewayTests(PlatformUnderTest platform)
{
    private const string JiaozuoOnFirstMarch2024 = "/v1/policy/measures?region.code=410800&on=2024-03-01";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    [Fact(Timeout = 30_000)]
    public async Task REST_the_issue_s_call_lists_the_2024_Jiaozuo_loan_cap_with_its_clause_and_quote()
    {
        var list = await GetListAsync(JiaozuoOnFirstMarch2024);
        var cap = list.Measures.SelectMany(m => m.Values).Single(v => v.Key == "loans.individual.subsidised_cap");
        Assert.Equal(30_000_000, cap.Amount.Fen);
        Assert.Equal("焦政办〔2024〕15号", cap.Citation.DocumentNumber);
        Assert.NotEmpty(cap.Citation.Clause);
        Assert.NotEmpty(cap.Citation.QuoteZh);
    }

    [Fact(Timeout = 30_000)]
    public async Task REST_training_hiring_and_start_up_measures_are_listed_beside_the_loan_ones()
    {
        var domains = (await GetListAsync(JiaozuoOnFirstMarch2024 + "&page.page_size=200")).Measures.Select(m => m.Domain).ToHashSet();
        Assert.Superset(new HashSet<PolicyDomain> { PolicyDomain.Loans, PolicyDomain.Training, PolicyDomain.Hiring, PolicyDomain.Entrepreneurship }, domains);
    }

    [Fact(Timeout = 30_000)]
    public async Task REST_a_Jiyuan_list_holds_no_Jiaozuo_value()
    {
        var list = await GetListAsync("/v1/policy/measures?region.code=419001&on=2024-03-01&page.page_size=200");
        Assert.NotEmpty(list.Measures);
        Assert.All(list.Measures.SelectMany(m => m.Values), v => Assert.NotEqual("410800", v.Region.Code));
        Assert.DoesNotContain(list.Measures.SelectMany(m => m.Citations), c => c.Region.Code == "410800");
    }

    [Fact(Timeout = 30_000)]
    public async Task gRPC_through_the_gateway_anonymously_gives_the_same_list_as_REST()
    {
        var overGrpc = await new PolicyCatalog.PolicyCatalogClient(platform.Invoker).ListMeasuresAsync(
            new ListMeasuresRequest { Region = new RegionCode { Code = "410800" }, On = new CalendarDate { Year = 2024, Month = 3, Day = 1 } }, TestCallers.Public());
        Assert.NotEmpty(overGrpc.Measures);
        Assert.Equal(overGrpc, await GetListAsync(JiaozuoOnFirstMarch2024));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("/v1/policy/measures?region.code=110000&on=2024-03-01", "region.code")]
    [InlineData("/v1/policy/measures?region.code=41O800&on=2024-03-01", "region.code")]
    [InlineData("/v1/policy/measures?on=2024-03-01", "region.code")]
    [InlineData("/v1/policy/measures?region.code=410800&on=2024-02-30", "on")]
    [InlineData("/v1/policy/measures?region.code=410800&on=1%2F3%2F2024", "on")]
    public async Task REST_bad_input_is_400_INVALID_ARGUMENT_naming_the_field(string path, string field)
    {
        var response = await platform.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32());
        var badRequest = body.RootElement.GetProperty("details").EnumerateArray()
            .Single(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
        Assert.Equal(field, badRequest.GetProperty("fieldViolations")[0].GetProperty("field").GetString());
        Assert.DoesNotContain("field:", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<ListMeasuresResponse> GetListAsync(string path)
    {
        var response = await platform.Http.GetAsync(path);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {json}");
        return Parser.Parse<ListMeasuresResponse>(json);
    }
}
