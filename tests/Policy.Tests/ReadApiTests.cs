using Employment.Common.V1;
using Employment.PolicyCatalog;
using Employment.Policy.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The policy-catalog service on a real port, called through the transport's client, its clock at
/// 2024-02-29T17:00Z: already 2024-03-01 in China, so "today" tells a China date from a UTC one.
/// </summary>
public sealed class ReadApiFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2024, 2, 29, 17, 0, 0, TimeSpan.Zero);

    private ServiceUnderTest _service = null!;

    public PolicyCatalog.PolicyCatalogClient Client => _service.Client<PolicyCatalog.PolicyCatalogClient>();

    public async Task InitializeAsync() =>
        _service = await ServiceUnderTest.StartAsync<PolicyCatalogModule>(configure: b => b.Services.AddSingleton<TimeProvider>(new SettableClock(Now)));

    public async Task DisposeAsync() => await _service.DisposeAsync();
}

/// <summary>employment.policy.v1.PolicyCatalog: the published list and parameters with citations and history.</summary>
public sealed class ReadApiTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static readonly RegionCode Jiaozuo = new() { Code = "410800" };

    private static CalendarDate On(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    [Fact(Timeout = 30_000)]
    public async Task GetParameter_returns_the_value_in_force_with_citation_and_its_history()
    {
        var response = await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "loans.individual.subsidised_cap", Region = Jiaozuo, On = On(2024, 1, 1) });
        Assert.Equal(30_000_000, response.InForce.Amount.Fen);
        Assert.Equal("焦政办〔2024〕15号", response.InForce.Citation.DocumentNumber);
        Assert.Equal(ValueSource.Ruling, response.InForce.Source);
        Assert.Contains(response.History, v => v.Amount.Fen == 20_000_000);
    }

    [Fact(Timeout = 30_000)]
    public async Task R1_GetParameter_outside_every_period_has_no_value_in_force()
    {
        var response = await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "loans.extension.max_count", Region = Jiaozuo, On = On(2024, 1, 1) });
        Assert.Null(response.InForce);
        Assert.NotEmpty(response.History);
    }

    [Fact(Timeout = 30_000)]
    public async Task ListMeasures_of_the_loans_domain_lists_the_loan_measures_in_force_with_citations()
    {
        var response = await fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, On = On(2024, 1, 1), Domain = PolicyDomain.Loans, Page = new PageRequest { PageSize = 500 } });
        Assert.NotEmpty(response.Measures);
        Assert.All(response.Measures, m => Assert.Equal(PolicyDomain.Loans, m.Domain));
        Assert.All(response.Measures, m => Assert.NotEmpty(m.Citations));
        Assert.Contains(response.Measures, m => m.ParameterKeys.Contains("loans.individual.subsidised_cap"));
    }

    [Fact(Timeout = 30_000)]
    public async Task ListMeasures_pages_through_every_measure_once()
    {
        var all = await fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, On = On(2023, 6, 1), Page = new PageRequest { PageSize = 500 } });
        var paged = new List<string>();
        var token = "";
        do
        {
            var page = await fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, On = On(2023, 6, 1), Page = new PageRequest { PageSize = 3, PageToken = token } });
            paged.AddRange(page.Measures.Select(m => m.MeasureId));
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(all.Measures.Select(m => m.MeasureId), paged);
    }

    [Fact(Timeout = 30_000)]
    public async Task ListDocuments_lists_the_documents_behind_the_loan_measures()
    {
        var response = await fixture.Client.ListDocumentsAsync(new ListDocumentsRequest { Region = Jiaozuo });
        Assert.Contains(response.Documents, d => d.DocumentNumber == "焦政办〔2024〕15号");
        Assert.DoesNotContain(response.Documents, d => d.Region.Code == "419001");
    }

    [Fact(Timeout = 30_000)]
    public async Task A_parameter_of_another_domain_than_loans_is_served_by_the_one_owner()
    {
        // Once the loans service served the loans domain only and answered NOT_FOUND for this key.
        var response = await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "training.skill_upgrade.amount_level5", Region = Jiaozuo, On = On(2023, 6, 1) });
        Assert.Equal("焦政办〔2023〕36号", response.InForce.Citation.DocumentNumber);
        Assert.NotEmpty(response.InForce.Citation.Clause);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_parameter_the_catalog_does_not_hold_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "training.no_such.parameter", Region = Jiaozuo, On = On(2023, 6, 1) }));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_one_megabyte_parameter_key_on_the_public_policy_api_is_invalid_argument_with_a_short_message()
    {
        // Moved here from the loans service's tests with the API it was asked of.
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.GetParameterAsync(new GetParameterRequest { Key = new string('查', 1 << 20) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("field: key", error.Said(), StringComparison.Ordinal);
        Assert.InRange(error.Status.Detail.Length, 1, 200);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("41080")]
    [InlineData("jiaozuo")]
    public async Task A_malformed_region_is_invalid_argument_with_a_message_a_clerk_can_act_on(string region)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "loans.individual.subsidised_cap", Region = new RegionCode { Code = region } }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("地区代码", error.Said());
    }

    [Fact(Timeout = 30_000)]
    public async Task An_impossible_date_is_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = "loans.individual.subsidised_cap", Region = Jiaozuo, On = On(2023, 2, 30) }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
