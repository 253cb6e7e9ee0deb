using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>The rules of what a clerk enters about a person (PersonValidation, PersonChanges, PeopleSearch).</summary>
public sealed class PersonValidationTests
{
    private static Person Valid(DateOnly birthDate) => new()
    {
        IdNumber = People.IdNumber(birthDate),
        Name = "张三",
        Phone = "13800000000",
        ResidenceRegion = new RegionCode { Code = "410802" },
    };

    [Fact]
    public void Registration_takes_the_birth_date_from_the_identity_number()
    {
        var person = PersonValidation.Registration(Valid(new DateOnly(1995, 3, 8)), Rules.Today);
        Assert.Equal(new DateOnly(1995, 3, 8), person.IdNumber.BirthDate);
        Assert.Equal("张三", person.Name);
        Assert.Equal("410802", person.ResidenceRegion);
    }

    [Fact]
    public void A_birth_date_entered_must_agree_with_the_identity_number()
    {
        var input = Valid(new DateOnly(1990, 1, 1));
        input.BirthDate = new CalendarDate { Year = 1990, Month = 1, Day = 2 };
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Registration(input, Rules.Today));
        Assert.Equal("person.birth_date", error.Field);
        Assert.Contains("不一致", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GB_11643_a_wrong_check_digit_is_refused_naming_the_expected_character()
    {
        var id = People.IdNumber(new DateOnly(1990, 1, 1));
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.IdNumber(People.WithWrongCheckDigit(id), "person.id_number", Rules.Today));
        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("person.id_number", error.Field);
        Assert.Contains($"应为 {id[17]}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("410000")]
    [InlineData("4108O2")]
    public void A_region_is_a_city_county_or_zone_by_the_shared_rule(string code)
    {
        var input = Valid(new DateOnly(1990, 1, 1));
        input.ResidenceRegion = new RegionCode { Code = code };
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Registration(input, Rules.Today));
        Assert.Equal("person.residence_region", error.Field);
    }

    [Theory]
    [InlineData("张\u0000三")]
    [InlineData("张三\u202e")]
    [InlineData("张三\r\nINFO forged")]
    public void A_name_is_plain_text_by_the_shared_rule(string name)
    {
        var input = Valid(new DateOnly(1990, 1, 1));
        input.Name = name;
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Registration(input, Rules.Today));
        Assert.Equal("person.name", error.Field);
    }

    [Theory]
    [InlineData("1380000000")]
    [InlineData("23800000000")]
    [InlineData("1380000000a")]
    public void A_phone_is_empty_or_an_eleven_digit_mobile_number(string phone)
    {
        Assert.Equal("", PersonValidation.Phone(" ", "person.phone"));
        Assert.Equal("person.phone", Assert.Throws<DomainRuleException>(() => PersonValidation.Phone(phone, "person.phone")).Field);
    }

    [Fact]
    public void An_unknown_household_type_is_not_stored()
    {
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Household((HouseholdType)99, "person.household_type"));
        Assert.Equal("person.household_type", error.Field);
    }

    [Fact]
    public void A_person_fact_names_its_kind()
    {
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Fact(new PersonFact()));
        Assert.Equal("fact.kind", error.Field);
    }

    [Fact]
    public void A_person_fact_carries_the_detail_its_kind_requires()
    {
        var error = Assert.Throws<DomainRuleException>(() => PersonValidation.Fact(new PersonFact { Kind = PersonFactKind.Education }));
        Assert.Equal("fact.education", error.Field);
    }

    [Fact]
    public void A_person_fact_entry_keeps_kind_period_and_content_without_what_the_registry_assigns()
    {
        var fact = new PersonFact
        {
            FactId = "F-assigned",
            Superseded = true,
            Kind = PersonFactKind.UnemploymentRegistration,
            Period = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 1, Day = 3 } },
            Authority = "焦作市解放区公共就业服务中心",
        };

        var entry = PersonValidation.Fact(fact);

        Assert.Equal((int)PersonFactKind.UnemploymentRegistration, entry.Kind);
        Assert.Equal(new FactPeriod(new DateOnly(2023, 1, 3), null), entry.Period);
        var stored = PersonFact.Parser.ParseFrom(entry.Content);
        Assert.Equal("", stored.FactId);
        Assert.False(stored.Superseded);
        Assert.Equal("焦作市解放区公共就业服务中心", stored.Authority);
    }

    [Fact]
    public void An_update_changes_only_the_fields_the_mask_names_and_stamps_the_person()
    {
        var person = new Subject(version: 1);
        PersonChanges.Apply(person, new Person { Phone = "13911112222", Name = "不改" }, ["phone"], "clerk", Rules.At);
        Assert.Equal("13911112222", person.Phone);
        Assert.Equal("张三", person.Name);
        Assert.Equal(2, person.Version);
    }

    [Theory]
    [InlineData("id_number")]
    [InlineData("birth_date")]
    public void The_identity_number_and_unknown_fields_are_not_changed_by_an_update(string path)
    {
        var person = new Subject(version: 1);
        var error = Assert.Throws<DomainRuleException>(() => PersonChanges.Apply(person, new Person(), [path], "clerk", Rules.At));
        Assert.Equal("update_mask", error.Field);
        Assert.Equal(1, person.Version);
    }

    [Fact]
    public void A_search_for_people_needs_at_least_one_criterion()
    {
        var error = Assert.Throws<DomainRuleException>(() => PeopleSearch.Criteria("", "  ", null, "", null, Rules.Today));
        Assert.Equal("id_number", error.Field);
        Assert.Equal("张", PeopleSearch.Criteria("", " 张 ", null, "", null, Rules.Today).NamePrefix);
    }
}
