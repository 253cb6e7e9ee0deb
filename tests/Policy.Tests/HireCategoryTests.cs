using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The categories of a hired person (R19, R20): the registration and "未就业" are read on the day before the
/// contract start, which the hire itself closes; and the categories the catalog names that the registry has a
/// fact for (零就业家庭, 低保, 中职中专毕业生).
/// </summary>
public sealed class HireCategoryTests
{
    private static readonly DateOnly Start = new(2023, 8, 15);
    private static readonly DateOnly DayBefore = Start.AddDays(-1);
    private static readonly HireCategories Hire = new(RealCatalog.Catalog);
    private static readonly ApplicantCategories Categories = new(RealCatalog.Catalog);

    [Fact]
    public void R19_a_registration_the_hire_closed_on_the_day_before_the_contract_start_counts()
    {
        var closedByHire = Profile(Start.AddYears(-20), Registration(Start.AddMonths(-2), DayBefore));

        Assert.True(Decide((p, e) => Hire.RegisteredUnemployed(p, Region.Jiaozuo, Start, e), closedByHire));
        Assert.True(Decide((p, e) => Hire.RegisteredUnemployedYouth(p, Region.Jiaozuo, Start, e), closedByHire));
        // The on-the-date reading of R10 (loans, the registry's category query) refuses the same person.
        Assert.False(Decide((p, e) => Categories.RegisteredUnemployed(p, Region.Jiaozuo, Start, e), closedByHire));
    }

    [Fact]
    public void R19_a_registration_that_ended_two_days_before_the_contract_start_does_not_count()
    {
        var ended = Profile(Start.AddYears(-20), Registration(Start.AddMonths(-2), DayBefore.AddDays(-1)));

        Assert.False(Decide((p, e) => Hire.RegisteredUnemployed(p, Region.Jiaozuo, Start, e), ended));
        Assert.False(Decide((p, e) => Hire.RegisteredUnemployedYouth(p, Region.Jiaozuo, Start, e), ended));
    }

    [Fact]
    public void R19_a_registration_starting_on_the_contract_start_is_not_before_the_hire()
    {
        Assert.False(Decide((p, e) => Hire.RegisteredUnemployed(p, Region.Jiaozuo, Start, e), Profile(null, Registration(Start, null))));
    }

    [Fact]
    public void R19_registered_6_months_includes_a_registration_starting_exactly_6_months_before_and_closed_by_the_hire()
    {
        Assert.True(Decide((p, e) => Hire.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, Start, e), Profile(null, Registration(Start.AddMonths(-6), DayBefore))));
        Assert.False(Decide((p, e) => Hire.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, Start, e), Profile(null, Registration(Start.AddMonths(-6).AddDays(1), DayBefore))));
    }

    [Fact]
    public void R19_adjoining_registrations_join_and_a_gap_breaks_the_6_months()
    {
        var from = Start.AddMonths(-8);
        var adjoining = Profile(null, Registration(from, from.AddMonths(3)), Registration(from.AddMonths(3).AddDays(1), DayBefore));
        var gap = Profile(null, Registration(from, from.AddMonths(3)), Registration(from.AddMonths(3).AddDays(2), DayBefore));

        Assert.True(Decide((p, e) => Hire.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, Start, e), adjoining));
        Assert.False(Decide((p, e) => Hire.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, Start, e), gap));
    }

    [Theory]
    [InlineData(24, true)]
    [InlineData(25, false)]
    public void R10_R19_registered_youth_age_is_taken_on_the_contract_start(int age, bool expected)
    {
        var profile = Profile(Start.AddYears(-age), Registration(Start.AddMonths(-1), DayBefore));
        Assert.Equal(expected, Decide((p, e) => Hire.RegisteredUnemployedYouth(p, Region.Jiaozuo, Start, e), profile));
    }

    [Fact]
    public void R20_a_contract_or_employer_paid_pension_the_day_before_is_employment_and_flexible_contributions_are_not()
    {
        Assert.True(NotEmployed(Profile(null)));
        Assert.False(NotEmployed(Profile(null, Contract(Start.AddYears(-1), DayBefore))));
        Assert.False(NotEmployed(Profile(null, Insurance(Start.AddYears(-1), DayBefore, "91410800MA0000009Y", flexible: false))));
        Assert.True(NotEmployed(Profile(null, Insurance(Start.AddYears(-1), DayBefore, "", flexible: true))));
        // A contract that ended two days before leaves the person unemployed on the day before.
        Assert.True(NotEmployed(Profile(null, Contract(Start.AddYears(-1), DayBefore.AddDays(-1)))));
    }

    [Fact]
    public void R10_R20_a_graduate_within_2_years_who_was_employed_the_day_before_is_not_in_the_unemployed_graduate_group()
    {
        var employed = Profile(null, College(Start.AddYears(-1)), Contract(Start.AddMonths(-6), DayBefore));
        var explanation = new ExplanationBuilder(Start);

        Assert.False(Hire.GraduateUnemployedWithinTwoYears(employed, Region.Jiaozuo, Start, explanation));
        var checks = explanation.Build("").Checks;
        Assert.True(Assert.Single(checks, c => c.RuleId == "category.graduate_unemployed_2y").Passed);
        Assert.False(Assert.Single(checks, c => c.RuleId == "category.not_employed_before_event").Passed);
    }

    [Fact]
    public void R10_D09_cl37_secondary_vocational_graduate_within_2_years_includes_the_last_day_and_not_a_plain_secondary_record()
    {
        var graduated = Start.AddYears(-2);
        Assert.True(Decide((p, e) => Categories.SecondaryVocationalWithinTwoYearsOfLeaving(p, Region.Jiaozuo, Start, e), Profile(null, Secondary(graduated, technical: true))));
        Assert.False(Decide((p, e) => Categories.SecondaryVocationalWithinTwoYearsOfLeaving(p, Region.Jiaozuo, Start, e), Profile(null, Secondary(graduated.AddDays(-1), technical: true))));
        Assert.False(Decide((p, e) => Categories.SecondaryVocationalWithinTwoYearsOfLeaving(p, Region.Jiaozuo, Start, e), Profile(null, Secondary(graduated, technical: false))));
    }

    [Theory]
    [InlineData(PersonFactKind.ZeroEmploymentHousehold, "category.zero_employment_household")]
    [InlineData(PersonFactKind.LowIncomeHousehold, "category.subsistence_allowance")]
    public void R10_D07_cl5_household_statuses_in_force_on_the_event_date_pass_with_their_rule_id_and_citation(PersonFactKind kind, string ruleId)
    {
        Func<PersonProfile, ExplanationBuilder, bool> decide = kind == PersonFactKind.ZeroEmploymentHousehold
            ? (p, e) => Categories.ZeroEmploymentHousehold(p, Region.Jiyuan, Start, e)
            : (p, e) => Categories.SubsistenceAllowance(p, Region.Jiyuan, Start, e);

        var explanation = new ExplanationBuilder(Start);
        Assert.True(decide(Profile(null, Status(kind, new DateOnly(2022, 6, 1), null)), explanation));
        var check = Assert.Single(explanation.Build("").Checks);
        Assert.Equal(ruleId, check.RuleId);
        Assert.Contains(check.Citations, c => c.Clause == "5.");
        Assert.False(Decide(decide, Profile(null, Status(kind, new DateOnly(2022, 6, 1), DayBefore.AddDays(-1)))));
    }

    private static bool NotEmployed(PersonProfile profile)
    {
        var explanation = new ExplanationBuilder(Start);
        var result = HireCategories.NotEmployedBefore(profile, Start, explanation);
        Assert.Equal(result, Assert.Single(explanation.Build("").Checks).Passed);
        return result;
    }

    /// <summary>Runs one decision and checks it recorded exactly one check, agreeing with the result, with a citation.</summary>
    private static bool Decide(Func<PersonProfile, ExplanationBuilder, bool> decide, PersonProfile profile)
    {
        var explanation = new ExplanationBuilder(Start);
        var result = decide(profile, explanation);
        var check = Assert.Single(explanation.Build("").Checks);
        Assert.Equal(result, check.Passed);
        Assert.NotEmpty(check.Citations);
        return result;
    }

    private static PersonProfile Profile(DateOnly? birth, params PersonFact[] facts)
    {
        var profile = new PersonProfile { Person = new Person { PersonId = "p-1", BirthDate = ProtoMapping.ToProto(birth ?? new DateOnly(1990, 1, 1)) } };
        profile.Facts.AddRange(facts);
        return profile;
    }

    private static PersonFact Registration(DateOnly from, DateOnly? until) => Status(PersonFactKind.UnemploymentRegistration, from, until);

    private static PersonFact Contract(DateOnly from, DateOnly until)
    {
        var fact = Status(PersonFactKind.EmploymentContract, from, until);
        fact.Contract = new EmploymentContract { EmployerCreditCode = "91410800MA0000009Y", TermMonths = 12 };
        return fact;
    }

    private static PersonFact Insurance(DateOnly from, DateOnly until, string employer, bool flexible)
    {
        var fact = Status(PersonFactKind.SocialInsurance, from, until);
        fact.Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, Months = 12, FlexibleWorker = flexible };
        return fact;
    }

    private static PersonFact College(DateOnly graduated) => Education(graduated, EducationLevel.Bachelor, technical: false);

    private static PersonFact Secondary(DateOnly graduated, bool technical) => Education(graduated, EducationLevel.Secondary, technical);

    private static PersonFact Education(DateOnly graduated, EducationLevel level, bool technical)
    {
        var fact = new PersonFact { FactId = Guid.NewGuid().ToString("N"), Kind = PersonFactKind.Education, Authority = "学信网" };
        fact.Education = new Education { Level = level, Institution = "焦作示例学校", GraduationDate = ProtoMapping.ToProto(graduated), TechnicalSchool = technical };
        return fact;
    }

    private static PersonFact Status(PersonFactKind kind, DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = ProtoMapping.ToProto(from) };
        if (until is { } u)
        {
            period.Until = ProtoMapping.ToProto(u);
        }

        return new PersonFact { FactId = Guid.NewGuid().ToString("N"), Kind = kind, Period = period, Authority = "焦作市人社局" };
    }
}
