using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Applicants.Tests.Domain;

/// <summary>The rules of what a clerk enters about an employer (EmployerValidation, EmployerChanges).</summary>
public sealed class EmployerValidationTests
{
    [Fact]
    public void GB_32100_a_wrong_check_character_is_refused_naming_the_field()
    {
        var code = CreditCodes.Valid();
        var wrong = code[..17] + (code[17] == '1' ? '2' : '1');
        var error = Assert.Throws<DomainRuleException>(() => EmployerValidation.Registration(new Employer { CreditCode = wrong, Name = "错误代码单位" }, Rules.Today));
        Assert.Equal("employer.credit_code", error.Field);
    }

    [Fact]
    public void Registration_keeps_the_details_without_code_and_name_which_have_columns()
    {
        var employer = EmployerValidation.Registration(new Employer
        {
            CreditCode = CreditCodes.Valid(),
            Name = "焦作市示例机械有限公司",
            Region = new RegionCode { Code = "410802" },
            IndustryCode = "C34",
        }, Rules.Today);
        var details = Employer.Parser.ParseFrom(employer.Details);
        Assert.Equal("", details.CreditCode);
        Assert.Equal("", details.Name);
        Assert.Equal("C34", details.IndustryCode);
        Assert.Equal("410802", employer.Region);
    }

    [Fact]
    public void An_employer_fact_names_its_source()
    {
        var error = Assert.Throws<DomainRuleException>(() => EmployerValidation.Fact(new EmployerFact { Size = new SizeClassification { Size = EnterpriseSize.Small } }));
        Assert.Equal("fact.source", error.Field);
    }

    [Fact]
    public void A_size_fact_names_the_size()
    {
        var error = Assert.Throws<DomainRuleException>(() => EmployerValidation.Fact(new EmployerFact { Source = "市场监管部门划型", Size = new SizeClassification() }));
        Assert.Equal("fact.size.size", error.Field);
    }

    [Fact]
    public void A_headcount_describes_one_calendar_month()
    {
        var entry = EmployerValidation.Fact(new EmployerFact
        {
            Source = "社保经办机构数据",
            Headcount = new InsuredHeadcount { Month = new YearMonth { Year = 2024, Month = 2 } },
        });
        Assert.Equal(new FactPeriod(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), entry.Period);
        Assert.Equal((int)EmployerFact.DetailOneofCase.Headcount, entry.Kind);
    }

    [Fact]
    public void Layoffs_describe_one_calendar_year_and_a_year_before_1949_is_refused()
    {
        var entry = EmployerValidation.Fact(new EmployerFact { Source = "社保经办机构数据", Layoffs = new Layoffs { Year = 2023 } });
        Assert.Equal(new FactPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), entry.Period);

        var error = Assert.Throws<DomainRuleException>(() => EmployerValidation.Fact(new EmployerFact { Source = "社保经办机构数据", Layoffs = new Layoffs { Year = 1900 } }));
        Assert.Equal("fact.year", error.Field);
    }

    [Fact]
    public void An_employer_fact_without_content_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => EmployerValidation.Fact(new EmployerFact { Source = "社保经办机构数据" }));
        Assert.Equal("fact", error.Field);
    }

    [Fact]
    public void An_update_changes_only_the_fields_the_mask_names_and_stamps_the_employer()
    {
        var subject = new Subject(version: 1);
        var current = new Employer { Name = "旧名", IndustryCode = "C34", Region = new RegionCode { Code = "410802" } };
        var updated = EmployerChanges.Apply(subject, current, new Employer { Name = "新名", IndustryCode = "不改" }, ["name"], "clerk", Rules.At, Rules.Today);
        Assert.Equal("新名", updated.Name);
        Assert.Equal("C34", updated.IndustryCode);
        Assert.Equal("旧名", current.Name);
        Assert.Equal(2, subject.Version);
    }

    [Fact]
    public void The_credit_code_is_not_changed_by_an_update()
    {
        var subject = new Subject(version: 1);
        var error = Assert.Throws<DomainRuleException>(() => EmployerChanges.Apply(subject, new Employer(), new Employer(), ["credit_code"], "clerk", Rules.At, Rules.Today));
        Assert.Equal("update_mask", error.Field);
        Assert.Equal(1, subject.Version);
    }

    [Fact]
    public void An_employer_region_is_a_city_county_or_zone_by_the_shared_rule()
    {
        var error = Assert.Throws<DomainRuleException>(() => EmployerChanges.Apply(new Subject(), new Employer(), new Employer { Region = new RegionCode { Code = "410000" } }, ["region"], "clerk", Rules.At, Rules.Today));
        Assert.Equal("employer.region", error.Field);
    }
}
