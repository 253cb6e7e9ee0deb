using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// R32, the remedy a refusal names: the periods are the laws' (行政复议法 1999 第九条 until its 2023 revision's 第二十条 came
/// into force on 2024-01-01, both 60 days; 行政诉讼法 第四十六条, 6 months), each citing the ruling; the review body and the
/// court are a region's configuration (<c>remedies:</c>), the most specific region's in force, a deployment's before a
/// sample, and two for one region and day are refused with their file and line.
/// </summary>
public sealed class RemedyTests : IDisposable
{
    private readonly TestCatalog _files = new TestCatalog().Document("jz");

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(2023, 12, 31, "《中华人民共和国行政复议法》（1999年）", "第九条")]
    [InlineData(2024, 1, 1, "《中华人民共和国行政复议法》（2023年修订）", "第二十条")]
    public void R32_the_review_period_is_sixty_days_under_the_law_in_force_on_the_day_decided(int year, int month, int day, string law, string clause)
    {
        var period = RealCatalog.Catalog.Resolve("remedies.administrative_review.period_days", Region.Jiaozuo, new DateOnly(year, month, day));
        Assert.Equal((60, law, clause, "R32"), (period.Value.Integer, period.Source.DocumentNumber, period.Source.Clause, period.Source.RulingId));
        var suit = RealCatalog.Catalog.Resolve("remedies.administrative_litigation.period_months", Region.Jiyuan, new DateOnly(year, month, day));
        Assert.Equal((6, "第四十六条", PolicyUnit.Months), (suit.Value.Integer, suit.Source.Clause, suit.Value.Unit));
    }

    [Fact]
    public void R32_a_countys_own_bodies_win_over_its_citys_and_a_deployments_over_a_sample_and_none_is_invented_elsewhere()
    {
        var catalog = CatalogLoader.Load(_files.Configuration("remedies", """
            remedies:
              - region: "410800"
                from: 2024-01-01
                review_body: 焦作市人民政府
                court: 焦作市山阳区人民法院
                source: 示例
                sample: true
              - region: "410823"
                from: 2024-01-01
                review_body: 武陟县人民政府
                court: 武陟县人民法院
                source: 示例
                sample: true
              - region: "410823"
                from: 2024-01-01
                review_body: 武陟县人民政府（经办规程）
                court: 武陟县人民法院
                source: 武陟县人社局经办规程
            """).Root);

        Assert.Equal("武陟县人民政府（经办规程）", catalog.RemediesFor(Region.Parse("410823"), new DateOnly(2025, 3, 1))?.ReviewBodyZh);
        Assert.Equal("焦作市人民政府", catalog.RemediesFor(Region.Parse("410822"), new DateOnly(2025, 3, 1))?.ReviewBodyZh);
        Assert.Null(catalog.RemediesFor(Region.Jiyuan, new DateOnly(2025, 3, 1)));
        Assert.Null(catalog.RemediesFor(Region.Parse("410823"), new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void R32_two_review_bodies_for_one_region_and_day_are_refused_at_their_line()
    {
        var error = Assert.Throws<CatalogValidationException>(() => CatalogLoader.Load(_files.Configuration("remedies", """
            remedies:
              - region: "410823"
                from: 2024-01-01
                review_body: 武陟县人民政府
                court: 武陟县人民法院
                source: 经办规程
              - region: "410823"
                from: 2025-01-01
                review_body: 焦作市人民政府
                court: 武陟县人民法院
                source: 经办规程
            """).Root));
        Assert.Contains(error.Errors, e => e.Message.Contains("the remedies of 410823 overlap", StringComparison.Ordinal));
    }
}
