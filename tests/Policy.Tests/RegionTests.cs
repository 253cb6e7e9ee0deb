using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The one geography of codes (R2: CN → province → city or zone → county): which region holds which, the
/// prefix a query filters by, and which codes are cities. 济源 (419001) is a zone directly under the
/// province and a city of one county-level code: its own city.
/// </summary>
public sealed class RegionTests
{
    [Theory]
    [InlineData("410821", "410800")]
    [InlineData("410802", "410800")]
    [InlineData("410800", "410800")]
    [InlineData("419001", "419001")]
    public void R2_a_county_belongs_to_its_city_and_Jiyuan_is_its_own(string code, string city)
    {
        Assert.Equal(city, Region.CityOf(code));
        Assert.True(Region.Parse(city).Contains(Region.Parse(code)));
    }

    [Theory]
    [InlineData("410800", true)]
    [InlineData("419001", true)]
    [InlineData("410821", false)]
    [InlineData("410000", false)]
    [InlineData("CN", false)]
    public void R2_cities_are_the_codes_between_the_province_and_the_counties(string code, bool isCity) =>
        Assert.Equal(isCity, Region.Parse(code).IsCity);

    [Theory]
    [InlineData("CN", "")]
    [InlineData("410000", "41")]
    [InlineData("410800", "4108")]
    [InlineData("419001", "4190")]
    [InlineData("410821", "410821")]
    public void A_region_filters_rows_by_the_prefix_every_code_within_it_starts_with(string code, string prefix) =>
        Assert.Equal(prefix, Region.Parse(code).CodePrefix);

    [Fact]
    public void A_province_lies_in_no_city() =>
        Assert.Throws<InvalidOperationException>(() => Region.Parse("410000").City);
}
