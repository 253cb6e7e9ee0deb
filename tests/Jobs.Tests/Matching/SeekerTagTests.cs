using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests.Matching;

/// <summary>《互联网信息服务算法推荐管理规定》第十七条: the tags used are listed, and a deleted one is not used; and the input rules of stated preferences.</summary>
public sealed class SeekerTagTests
{
    private static readonly StatedPreferences Stated = new StatedPreferences
    {
        Occupations = ["6-31-01-03"],
        Counties = ["410802"],
        Kinds = [EmploymentKind.FullTime],
        Skills = ["叉车"],
        PayFloorFen = 500_000,
        Place = new GeoPoint(35.24, 113.24),
    }.Checked();

    private static readonly RegistryQualifications Registry = new(
        [new Certificate("6-31-01-03", 4, "电工")], EducationLevel.Secondary, [PriorityGroup.ZeroEmploymentHousehold], CertifiedEmploymentDifficulty: false);

    [Fact]
    public void AlgoRec17_every_tag_matching_uses_is_listed_with_its_source()
    {
        var (tags, _) = SeekerMatchingProfile.Build("S1", "410802", Stated, Registry, new HashSet<string>());

        Assert.Equal(
            ["occupation:6-31-01-03", "county:410802", "kind:1", "skill:叉车", "pay_floor", "place", "certificate:6-31-01-03/4", "education:2", "priority:ZeroEmploymentHousehold"],
            tags.Select(t => t.Id));
        Assert.Equal(TagSource.Registry, tags.Single(t => t.Kind == TagKind.Certificate).Source);
        Assert.Equal("证书：电工（四级/中级工）", tags.Single(t => t.Kind == TagKind.Certificate).LabelZh);
        Assert.Equal("期望薪酬下限：5000 元/月", tags.Single(t => t.Kind == TagKind.PayFloor).LabelZh);
    }

    [Fact]
    public void AlgoRec17_a_deleted_registry_tag_is_neither_listed_nor_used_for_matching()
    {
        var excluded = new HashSet<string> { "certificate:6-31-01-03/4", "education:2", "priority:ZeroEmploymentHousehold" };

        var (tags, traits) = SeekerMatchingProfile.Build("S1", "410802", Stated, Registry, excluded);

        Assert.DoesNotContain(tags, t => t.Source == TagSource.Registry);
        Assert.Empty(traits.Certificates);
        Assert.DoesNotContain("电工", traits.Skills);
        Assert.Equal(EducationLevel.None, traits.Education);
        Assert.False(traits.IsPrioritised);
    }

    [Fact]
    public void AlgoRec17_a_tag_id_not_of_the_list_is_refused_naming_the_field()
    {
        Assert.Equal((TagKind.Certificate, "6-31-01-03/4"), SeekerTag.Parse("certificate:6-31-01-03/4", "tag_id"));
        var refused = Assert.Throws<DomainRuleException>(() => SeekerTag.Parse("mood:happy", "tag_id"));
        Assert.Equal("tag_id", refused.Field);
    }

    [Theory]
    [InlineData("6-31-1-03x", "preferences.occupation_codes")]
    [InlineData("631", "preferences.occupation_codes")]
    public void Bad_input_occupation_codes_are_refused_naming_the_field(string code, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new StatedPreferences { Occupations = [code] }.Checked());
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Bad_input_regions_pay_and_coordinates_are_refused_naming_the_field()
    {
        Assert.Equal("preferences.regions", Assert.Throws<DomainRuleException>(() => new StatedPreferences { Counties = ["410000"] }.Checked()).Field);
        Assert.Equal("preferences.min_salary", Assert.Throws<DomainRuleException>(() => new StatedPreferences { PayFloorFen = -1 }.Checked()).Field);
        Assert.Equal("preferences.occupation_codes", Assert.Throws<DomainRuleException>(() => new StatedPreferences { Occupations = Enumerable.Range(0, 21).Select(i => $"6-31-01-{i:00}").ToList() }.Checked()).Field);
        Assert.Equal("location", Assert.Throws<DomainRuleException>(() => GeoPoint.Checked(113.24, 35.24, "location")).Field);
    }
}
