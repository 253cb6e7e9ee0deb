using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The bureau's targets are catalog data like every figure: each with its document, clause and quote, in
/// force for its year in its own region only (焦政办〔2024〕15号（六）（十一）（十八）（十九）, 焦政办〔2023〕36号
/// （七）（十五）（十六）, 济管〔2023〕19号 79–81).
/// </summary>
public sealed class TargetsTests
{
    private static readonly Region Jiaozuo = Region.Parse("410800");
    private static readonly Region Jiyuan = Region.Parse("419001");

    [Theory]
    [InlineData("410800", "2024-06-30", 60_000_000_000L, "焦政办〔2024〕15号", "（六）", "6亿元以上")]
    [InlineData("410800", "2023-06-30", 70_000_000_000L, "焦政办〔2023〕36号", "（七）", "7亿元以上")]
    [InlineData("419001", "2023-06-30", 20_000_000_000L, "济管〔2023〕19号", "81.", "2 亿元以上")]
    public void The_loans_issued_target_is_the_year_s_own_in_its_own_region(string region, string on, long fen, string document, string clause, string quoted)
    {
        var target = RealCatalog.Catalog.Resolve("targets.loans.issued_amount", Region.Parse(region), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(fen, target.Value.Fen);
        Assert.Equal(document, target.Source.DocumentNumber);
        Assert.Equal(clause, target.Source.Clause);
        Assert.Contains(quoted, target.Source.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Jiaozuo_s_targets_never_reach_Jiyuan_and_a_year_without_one_has_none()
    {
        Assert.False(RealCatalog.Catalog.TryResolve("targets.loans.issued_amount", Jiyuan, new DateOnly(2024, 6, 30), out _));
        Assert.False(RealCatalog.Catalog.TryResolve("targets.employment.new_urban_jobs", Jiaozuo, new DateOnly(2025, 6, 30), out _));
        Assert.Equal(60_000, RealCatalog.Catalog.Resolve("targets.employment.new_urban_jobs", Jiaozuo, new DateOnly(2024, 6, 30)).Value.Decimal);
        Assert.Equal(16_000, RealCatalog.Catalog.Resolve("targets.employment.new_urban_jobs", Jiyuan, new DateOnly(2023, 6, 30)).Value.Decimal);
    }

    [Fact]
    public void The_county_checks_share_of_last_year_s_spending_is_ten_percent_from_2024()
    {
        var share = RealCatalog.Catalog.Resolve("targets.funds.supervision_check_share", Region.Parse("410821"), new DateOnly(2025, 3, 1));
        Assert.Equal(10m, share.Value.Decimal);
        Assert.Equal("（十九）", share.Source.Clause);
        Assert.False(RealCatalog.Catalog.TryResolve("targets.funds.supervision_check_share", Jiaozuo, new DateOnly(2023, 12, 31), out _));
    }
}
