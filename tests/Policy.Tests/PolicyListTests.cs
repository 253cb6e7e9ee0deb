using Employment.Common.V1;
using Employment.Policy.V1;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Policy.Tests;

/// <summary>
/// "One public policy list": ListMeasures (GET /v1/policy/measures?region.code=…&amp;on=…)
/// lists what is in force in a region on a day across every domain, each measure with the values
/// that apply there and their clauses and quotes.
/// </summary>
public sealed class PolicyListTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    private static readonly RegionCode Jiaozuo = new() { Code = "410800" };
    private static readonly RegionCode Jiyuan = new() { Code = "419001" };

    private Task<ListMeasuresResponse> ListAsync(RegionCode region, string on) => ListAsync(region, Day(on));

    private Task<ListMeasuresResponse> ListAsync(RegionCode region, CalendarDate on) =>
        fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = region, On = on, Page = new PageRequest { PageSize = 200 } }).ResponseAsync;

    private static CalendarDate Day(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new CalendarDate { Year = date.Year, Month = date.Month, Day = date.Day };
    }

    [Fact(Timeout = 30_000)]
    public async Task On_2024_03_01_Jiaozuo_lists_the_2024_loan_cap_with_its_clause_and_quote()
    {
        var list = await ListAsync(Jiaozuo, "2024-03-01");
        var cap = list.Measures.SelectMany(m => m.Values).Single(v => v.Key == "loans.individual.subsidised_cap");
        Assert.Equal(30_000_000, cap.Amount.Fen);
        Assert.Equal("410800", cap.Region.Code);
        Assert.Equal("焦政办〔2024〕15号", cap.Citation.DocumentNumber);
        Assert.NotEmpty(cap.Citation.Clause);
        Assert.NotEmpty(cap.Citation.QuoteZh);
        var measure = list.Measures.Single(m => m.Values.Contains(cap));
        Assert.Contains(measure.Citations, c => c.DocumentNumber == "焦政办〔2024〕15号" && c.Clause == cap.Citation.Clause);
    }

    [Fact(Timeout = 30_000)]
    public async Task The_bureau_s_targets_are_no_measure_anyone_applies_for_and_stay_off_the_list()
    {
        var list = await ListAsync(Jiaozuo, "2024-03-01");
        Assert.DoesNotContain(list.Measures.SelectMany(m => m.ParameterKeys), k => k.StartsWith("targets.", StringComparison.Ordinal));
        Assert.DoesNotContain(list.Measures, m => m.Domain == PolicyDomain.Unspecified);
    }

    [Fact(Timeout = 30_000)]
    public async Task On_2023_06_01_Jiaozuo_lists_the_2023_loan_cap_not_the_2024_one()
    {
        var list = await ListAsync(Jiaozuo, "2023-06-01");
        var cap = list.Measures.SelectMany(m => m.Values).Single(v => v.Key == "loans.individual.subsidised_cap");
        Assert.Equal(20_000_000, cap.Amount.Fen);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_Jiyuan_list_holds_no_Jiaozuo_value()
    {
        var list = await ListAsync(Jiyuan, "2024-03-01");
        Assert.NotEmpty(list.Measures);
        var values = list.Measures.SelectMany(m => m.Values).ToList();
        Assert.All(values, v => Assert.Contains(v.Region.Code, new[] { "419001", "410000", "CN" }));
        Assert.DoesNotContain(list.Measures.SelectMany(m => m.Citations), c => c.Region.Code == "410800" || c.DocumentNumber.StartsWith("焦", StringComparison.Ordinal));
        Assert.DoesNotContain(list.Measures, m => m.Region.Code == "410800");
    }

    [Fact(Timeout = 30_000)]
    public async Task A_Jiaozuo_list_holds_the_national_and_Henan_values_that_apply_in_the_city()
    {
        // 2022: the national 稳岗返还 ceiling (in force for 2022 only) still applies.
        var values = (await ListAsync(Jiaozuo, "2022-06-01")).Measures.SelectMany(m => m.Values).ToList();
        Assert.Contains(values, v => v.Region.Code == "CN");
        Assert.Contains(values, v => v.Region.Code == "410000");
        Assert.Contains(values, v => v.Region.Code == "410800");
    }

    [Fact(Timeout = 30_000)]
    public async Task Training_hiring_start_up_and_category_measures_are_listed_beside_the_loan_ones()
    {
        var domains = (await ListAsync(Jiaozuo, "2024-03-01")).Measures.Select(m => m.Domain).ToHashSet();
        Assert.Superset(new HashSet<PolicyDomain> { PolicyDomain.Loans, PolicyDomain.Training, PolicyDomain.Hiring, PolicyDomain.Entrepreneurship, PolicyDomain.Categories }, domains);
    }

    [Fact(Timeout = 30_000)]
    public async Task R2_each_key_is_listed_once_with_the_value_of_the_most_specific_region()
    {
        var list = await ListAsync(Jiaozuo, "2024-03-01");
        var values = list.Measures.SelectMany(m => m.Values).ToList();
        Assert.Equal(values.Count, values.Select(v => v.Key).Distinct().Count());
        foreach (var value in values)
        {
            var resolved = await fixture.Client.GetParameterAsync(new GetParameterRequest { Key = value.Key, Region = Jiaozuo, On = new CalendarDate { Year = 2024, Month = 3, Day = 1 } });
            Assert.Equal(resolved.InForce, value);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task R1_every_listed_value_is_in_force_on_the_day_and_a_day_before_every_period_lists_nothing()
    {
        var day = new DateOnly(2024, 3, 1);
        foreach (var value in (await ListAsync(Jiaozuo, "2024-03-01")).Measures.SelectMany(m => m.Values))
        {
            Assert.True(Day(value.Period.From) <= day, value.Key);
            Assert.True(value.Period.Until is null || day <= Day(value.Period.Until), value.Key);
        }

        Assert.Empty((await ListAsync(Jiaozuo, "1990-01-01")).Measures);
    }

    [Fact(Timeout = 30_000)]
    public async Task Without_a_date_the_list_is_the_one_of_today_in_China_not_in_UTC()
    {
        // The fixture's clock reads 2024-02-29T17:00Z: 2024-03-01 in Beijing.
        var today = await fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, Page = new PageRequest { PageSize = 200 } });
        Assert.Equal(await ListAsync(Jiaozuo, "2024-03-01"), today);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("110000")]   // Beijing: the catalog holds no local policy there
    [InlineData("4108")]
    [InlineData("jiaozuo")]
    [InlineData("000000")]
    [InlineData("")]
    public async Task An_unknown_invalid_or_missing_region_is_INVALID_ARGUMENT_naming_region_code(string region)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ListAsync(new RegionCode { Code = region }, "2024-03-01"));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("field: region.code", error.Said(), StringComparison.Ordinal);
        Assert.Contains("地区代码", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData(2024, 2, 30)]
    [InlineData(2024, 13, 1)]
    [InlineData(0, 3, 1)]
    public async Task A_date_that_is_no_calendar_day_is_INVALID_ARGUMENT_naming_on(int year, int month, int day)
    {
        // Over REST a date written otherwise than 2024-03-01 is refused before it arrives (RestQueryCheck).
        var error = await Assert.ThrowsAsync<RpcException>(() => ListAsync(Jiaozuo, new CalendarDate { Year = year, Month = month, Day = day }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("field: on", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Paging_is_the_platform_convention_a_negative_size_is_INVALID_ARGUMENT_and_zero_means_fifty()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, On = Day("2024-03-01"), Page = new PageRequest { PageSize = -1 } }).ResponseAsync);
        Assert.Contains("field: page.page_size", error.Said(), StringComparison.Ordinal);

        var all = await ListAsync(Jiaozuo, "2024-03-01");
        var first = await fixture.Client.ListMeasuresAsync(new ListMeasuresRequest { Region = Jiaozuo, On = Day("2024-03-01") });
        Assert.Equal(Math.Min(50, all.Measures.Count), first.Measures.Count);
        Assert.Equal(all.Measures.Count, first.Page.TotalSize);
    }

    private static DateOnly Day(CalendarDate date) => new(date.Year, date.Month, date.Day);
}
