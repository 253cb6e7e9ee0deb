using Employment.Applicants.Domain.Categories;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>Which categories (R10) are evaluated, for which region and date (PersonCategories).</summary>
public sealed class PersonCategoriesTests
{
    [Fact]
    public void An_unknown_category_is_refused_naming_it()
    {
        var error = Assert.Throws<DomainRuleException>(() => PersonCategories.Select(["veteran", "astronaut"]));
        Assert.Equal("category_ids", error.Field);
        Assert.Contains("astronaut", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_category_named_means_every_category_in_the_registry_order()
    {
        var all = PersonCategories.Select([]);
        Assert.Equal(12, all.Count);
        Assert.Equal("college_graduate_graduation_year", all[0].Id);
        Assert.Equal(["unemployed_youth", "veteran"], PersonCategories.Select(["veteran", "unemployed_youth"]).Select(c => c.Id));
    }

    [Fact]
    public void The_region_is_the_one_asked_for_else_where_the_person_lives_else_refused()
    {
        Assert.Equal("419001", PersonCategories.RegionFor(new RegionCode { Code = "419001" }, "410802").Code);
        Assert.Equal("410802", PersonCategories.RegionFor(null, "410802").Code);
        Assert.Equal("region", Assert.Throws<DomainRuleException>(() => PersonCategories.RegionFor(null, "")).Field);
    }

    [Fact]
    public void The_date_is_the_one_asked_for_else_today()
    {
        Assert.Equal(Rules.Today, PersonCategories.On(null, Rules.Today));
        Assert.Equal(new DateOnly(2023, 8, 15), PersonCategories.On(new CalendarDate { Year = 2023, Month = 8, Day = 15 }, Rules.Today));
    }
}
