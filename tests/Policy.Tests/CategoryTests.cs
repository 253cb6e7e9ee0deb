using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>Applicant categories on the shipped catalog (ruling R10), at the edges the ruling names.</summary>
public sealed class CategoryTests
{
    private static readonly DateOnly EventDate = new(2023, 8, 15);
    private static readonly ApplicantCategories Categories = new(RealCatalog.Catalog);

    [Theory]
    [InlineData(16, true)]
    [InlineData(24, true)]
    [InlineData(15, false)]
    [InlineData(25, false)]
    public void R10_unemployed_youth_age_bounds_are_inclusive_whole_years_on_the_event_date(int age, bool expected)
    {
        // Born exactly `age` years before the event date: the birthday is the event day itself.
        var profile = Profile(EventDate.AddYears(-age), Registration(EventDate.AddMonths(-1), null));
        Assert.Equal(expected, Decide((p, e) => Categories.UnemployedYouth(p, Region.Jiaozuo, EventDate, e), profile));
    }

    [Fact]
    public void R10_unemployed_youth_turning_25_tomorrow_is_still_24()
    {
        var profile = Profile(EventDate.AddYears(-25).AddDays(1), Registration(EventDate.AddMonths(-1), null));
        Assert.True(Decide((p, e) => Categories.UnemployedYouth(p, Region.Jiaozuo, EventDate, e), profile));
    }

    [Fact]
    public void R10_unemployed_youth_needs_a_registration_covering_the_event_date()
    {
        var profile = Profile(EventDate.AddYears(-20), Registration(EventDate.AddMonths(-6), EventDate.AddDays(-1)));
        Assert.False(Decide((p, e) => Categories.UnemployedYouth(p, Region.Jiaozuo, EventDate, e), profile));
    }

    [Fact]
    public void R10_masked_id_number_leaves_the_unemployed_youth_decision_undetermined()
    {
        var profile = Profile(EventDate.AddYears(-20), Registration(EventDate.AddMonths(-1), null));
        profile.Person.IdNumber = "4108**********123X";
        var explanation = new ExplanationBuilder(EventDate);
        Assert.False(Categories.UnemployedYouth(profile, Region.Jiaozuo, EventDate, explanation));
        Assert.Equal(Outcome.Undetermined, explanation.Build("").Outcome);
    }

    [Fact]
    public void R10_left_school_within_2_years_includes_exactly_2_years_and_not_one_day_more()
    {
        var graduated = EventDate.AddYears(-2);
        Assert.True(Decide((p, e) => Categories.GraduateWithinTwoYearsOfLeaving(p, Region.Jiaozuo, EventDate, e), Profile(null, College(graduated))));
        Assert.False(Decide((p, e) => Categories.GraduateWithinTwoYearsOfLeaving(p, Region.Jiaozuo, EventDate, e), Profile(null, College(graduated.AddDays(-1)))));
    }

    [Fact]
    public void R10_left_school_within_1_year_reads_its_own_bound()
    {
        Assert.True(Decide((p, e) => Categories.GraduateWithinOneYearOfLeaving(p, Region.Jiaozuo, EventDate, e), Profile(null, College(EventDate.AddYears(-1)))));
        Assert.False(Decide((p, e) => Categories.GraduateWithinOneYearOfLeaving(p, Region.Jiaozuo, EventDate, e), Profile(null, College(EventDate.AddYears(-1).AddDays(-1)))));
    }

    [Fact]
    public void R10_graduation_year_is_the_calendar_year_of_graduation_for_junior_college_and_above()
    {
        Assert.True(Decide((p, e) => Categories.GraduateInGraduationYear(p, Region.Jiaozuo, EventDate, e), Profile(null, College(new DateOnly(2023, 6, 30)))));
        Assert.True(Decide((p, e) => Categories.GraduateInGraduationYear(p, Region.Jiaozuo, EventDate, e), Profile(null, College(new DateOnly(2023, 12, 31)))));
        Assert.False(Decide((p, e) => Categories.GraduateInGraduationYear(p, Region.Jiaozuo, EventDate, e), Profile(null, College(new DateOnly(2022, 12, 31)))));
        Assert.False(Decide((p, e) => Categories.GraduateInGraduationYear(p, Region.Jiaozuo, EventDate, e), Profile(null, College(new DateOnly(2023, 6, 30), EducationLevel.Secondary))));
    }

    [Fact]
    public void R10_college_student_or_graduate_within_5_years()
    {
        Assert.True(Decide((p, e) => Categories.CollegeStudentOrRecentGraduate(p, Region.Jiaozuo, EventDate, e), Profile(null, College(EventDate.AddYears(-5)))));
        Assert.True(Decide((p, e) => Categories.CollegeStudentOrRecentGraduate(p, Region.Jiaozuo, EventDate, e), Profile(null, College(EventDate.AddYears(1)))));
        Assert.False(Decide((p, e) => Categories.CollegeStudentOrRecentGraduate(p, Region.Jiaozuo, EventDate, e), Profile(null, College(EventDate.AddYears(-5).AddDays(-1)))));
    }

    [Fact]
    public void R10_registered_unemployed_6_months_includes_exactly_6_months_and_not_one_day_short()
    {
        Assert.True(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), Profile(null, Registration(EventDate.AddMonths(-6), null))));
        Assert.False(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), Profile(null, Registration(EventDate.AddMonths(-6).AddDays(1), null))));
    }

    [Fact]
    public void R10_registered_unemployed_6_months_must_be_continuous_and_still_open_on_the_event_date()
    {
        var start = EventDate.AddMonths(-8);
        var adjoining = Profile(null, Registration(start, start.AddMonths(3)), Registration(start.AddMonths(3).AddDays(1), null));
        var gap = Profile(null, Registration(start, start.AddMonths(3)), Registration(start.AddMonths(3).AddDays(2), null));
        var ended = Profile(null, Registration(start, EventDate.AddDays(-1)));
        Assert.True(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), adjoining));
        Assert.False(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), gap));
        Assert.False(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), ended));
    }

    [Fact]
    public void R10_a_superseded_fact_is_ignored()
    {
        var fact = Status(PersonFactKind.Veteran, new DateOnly(2020, 1, 1), null);
        fact.Superseded = true;
        Assert.False(Decide((p, e) => Categories.Veteran(p, Region.Jiaozuo, EventDate, e), Profile(null, fact)));

        var registration = Registration(EventDate.AddMonths(-7), null);
        registration.Superseded = true;
        Assert.False(Decide((p, e) => Categories.RegisteredUnemployedAtLeastMonths(p, Region.Jiaozuo, EventDate, e), Profile(null, registration)));
    }

    [Fact]
    public void R10_a_status_that_ended_before_the_event_date_fails_and_one_in_force_passes()
    {
        Assert.False(Decide((p, e) => Categories.EmploymentDifficulty(p, Region.Jiaozuo, EventDate, e),
            Profile(null, Status(PersonFactKind.EmploymentDifficulty, new DateOnly(2022, 1, 1), EventDate.AddDays(-1)))));
        Assert.True(Decide((p, e) => Categories.EmploymentDifficulty(p, Region.Jiaozuo, EventDate, e),
            Profile(null, Status(PersonFactKind.EmploymentDifficulty, new DateOnly(2022, 1, 1), EventDate))));
    }

    public static TheoryData<PersonFactKind, string> StatusCategories => new()
    {
        { PersonFactKind.EmploymentDifficulty, "category.employment_difficulty" },
        { PersonFactKind.PovertyAlleviated, "category.poverty_alleviated" },
        { PersonFactKind.Veteran, "category.veteran" },
        { PersonFactKind.ReturningMigrantWorker, "category.returning_migrant_worker" },
        { PersonFactKind.NewCitizen, "category.new_citizen" },
        { PersonFactKind.Disability, "category.disabled" },
    };

    [Theory]
    [MemberData(nameof(StatusCategories))]
    public void R10_status_in_force_on_the_event_date_passes_with_its_rule_id_and_citation(PersonFactKind kind, string ruleId)
    {
        var explanation = new ExplanationBuilder(EventDate);
        var profile = Profile(null, Status(kind, new DateOnly(2022, 6, 1), null));
        Assert.True(StatusDecision(kind)(profile, explanation));
        var check = Assert.Single(explanation.Build("").Checks);
        Assert.Equal(ruleId, check.RuleId);
        Assert.NotEmpty(check.Citations);
        Assert.Equal("R10", check.Citations[0].RulingId);
    }

    [Fact]
    public void R10_every_category_check_carries_a_citation()
    {
        var profile = Profile(EventDate.AddYears(-20), Registration(EventDate.AddMonths(-7), null), College(new DateOnly(2023, 6, 30)));
        var explanation = new ExplanationBuilder(EventDate);
        Categories.GraduateInGraduationYear(profile, Region.Jiaozuo, EventDate, explanation);
        Categories.GraduateWithinOneYearOfLeaving(profile, Region.Jiaozuo, EventDate, explanation);
        Categories.GraduateWithinTwoYearsOfLeaving(profile, Region.Jiaozuo, EventDate, explanation);
        Categories.CollegeStudentOrRecentGraduate(profile, Region.Jiaozuo, EventDate, explanation);
        Categories.UnemployedYouth(profile, Region.Jiaozuo, EventDate, explanation);
        Categories.RegisteredUnemployedAtLeastMonths(profile, Region.Jiaozuo, EventDate, explanation);
        foreach (var row in StatusCategories)
        {
            StatusDecision((PersonFactKind)row[0])(profile, explanation);
        }

        var built = explanation.Build("");
        Assert.Equal(12, built.Checks.Count);
        Assert.All(built.Checks, c => Assert.NotEmpty(c.Citations));
        Assert.All(built.Checks.Take(6), c => Assert.True(c.Passed, c.RuleId));
    }

    [Fact]
    public void R10_no_policy_in_force_fails_the_check_without_throwing()
    {
        // 新市民 is recognised in Jiaozuo from 2023-01-01 only.
        var date = new DateOnly(2022, 6, 1);
        var explanation = new ExplanationBuilder(date);
        var profile = Profile(null, Status(PersonFactKind.NewCitizen, new DateOnly(2021, 1, 1), null));
        Assert.False(Categories.NewCitizen(profile, Region.Jiaozuo, date, explanation));
        var check = Assert.Single(explanation.Build("").Checks);
        Assert.False(check.Passed);
        Assert.Contains("没有有效的", check.DescriptionZh);
    }

    [Fact]
    public void R10_birth_date_comes_from_a_valid_id_number_only()
    {
        var id = IdNumber(new DateOnly(2001, 2, 3));
        Assert.Equal(new DateOnly(2001, 2, 3), PersonFacts.BirthDate(new Person { IdNumber = id }));
        var wrongCheckDigit = id[..17] + (id[17] == '0' ? '1' : '0');
        Assert.Null(PersonFacts.BirthDate(new Person { IdNumber = wrongCheckDigit }));
    }

    private static Func<PersonProfile, ExplanationBuilder, bool> StatusDecision(PersonFactKind kind) => kind switch
    {
        PersonFactKind.EmploymentDifficulty => (p, e) => Categories.EmploymentDifficulty(p, Region.Jiaozuo, EventDate, e),
        PersonFactKind.PovertyAlleviated => (p, e) => Categories.PovertyAlleviated(p, Region.Jiaozuo, EventDate, e),
        PersonFactKind.Veteran => (p, e) => Categories.Veteran(p, Region.Jiaozuo, EventDate, e),
        PersonFactKind.ReturningMigrantWorker => (p, e) => Categories.ReturningMigrantWorker(p, Region.Jiaozuo, EventDate, e),
        PersonFactKind.NewCitizen => (p, e) => Categories.NewCitizen(p, Region.Jiaozuo, EventDate, e),
        PersonFactKind.Disability => (p, e) => Categories.Disabled(p, Region.Jiaozuo, EventDate, e),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Runs one decision and checks it recorded exactly one check, agreeing with the result, with a citation.</summary>
    private static bool Decide(Func<PersonProfile, ExplanationBuilder, bool> decide, PersonProfile profile)
    {
        var explanation = new ExplanationBuilder(EventDate);
        var result = decide(profile, explanation);
        var check = Assert.Single(explanation.Build("").Checks);
        Assert.Equal(result, check.Passed);
        Assert.NotEmpty(check.Citations);
        return result;
    }

    private static PersonProfile Profile(DateOnly? birth, params PersonFact[] facts)
    {
        var profile = new PersonProfile { Person = new Person { PersonId = "p-1", IdNumber = IdNumber(birth ?? new DateOnly(1990, 1, 1)) } };
        profile.Facts.AddRange(facts);
        return profile;
    }

    /// <summary>A valid 18-digit 居民身份证 number (Jiaozuo 410802) with the GB 11643 check digit.</summary>
    private static string IdNumber(DateOnly birth)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var body = $"410802{birth:yyyyMMdd}123";
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static PersonFact Registration(DateOnly from, DateOnly? until) => Status(PersonFactKind.UnemploymentRegistration, from, until);

    private static PersonFact Status(PersonFactKind kind, DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = ProtoMapping.ToProto(from) };
        if (until is { } u)
        {
            period.Until = ProtoMapping.ToProto(u);
        }

        return new PersonFact { FactId = Guid.NewGuid().ToString("N"), Kind = kind, Period = period, Authority = "焦作市人社局" };
    }

    private static PersonFact College(DateOnly graduated, EducationLevel level = EducationLevel.Bachelor) => new()
    {
        FactId = Guid.NewGuid().ToString("N"),
        Kind = PersonFactKind.Education,
        Authority = "学信网",
        Education = new Education { Level = level, Institution = "河南理工大学", GraduationDate = ProtoMapping.ToProto(graduated) },
    };
}
