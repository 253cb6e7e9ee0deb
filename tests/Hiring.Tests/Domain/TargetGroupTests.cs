using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>Who the hired person must be (焦政办〔2023〕36号（四）（十一）（十三）; R10, R19, R20), judged on the contract start.</summary>
public sealed class TargetGroupTests
{
    [Theory]
    [InlineData(14, true)]   // the day before the 25th birthday: still 24
    [InlineData(15, false)]  // the 25th birthday
    public void R10_jz_2023_36_eleven_a_registered_youth_is_24_on_the_contract_start_not_25(int day, bool approved)
    {
        var person = Person(D(1998, 6, 15), Registration(D(2023, 5, 1)));

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 6, day)));

        Assert.Equal(approved, judgement.Approved);
        var group = Judge.Check(judgement, "hiring.absorption.target_group");
        Assert.Contains(group.FactsUsed, f => f.Name == "劳动合同起始日年龄" && f.Value == (approved ? "24周岁" : "25周岁"));
        Assert.Contains(group.FactsUsed, f => f.Name == "categories.unemployed_youth.max_age" && f.Value == "24周岁");
    }

    [Fact]
    public void R10_jz_2023_36_four_a_16_year_old_registered_youth_qualifies_for_expansion()
    {
        var person = Person(D(2007, 6, 1), Registration(D(2023, 5, 1)));

        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Expansion, person, D(2023, 6, 1))));
    }

    [Fact]
    public void R19_a_youth_registration_closed_the_day_before_the_hire_counts_one_closed_earlier_does_not()
    {
        var closedByTheHire = Person(D(2000, 3, 10), Registration(D(2023, 3, 1), D(2023, 5, 31)));
        var closedBefore = Person(D(2000, 3, 10), Registration(D(2023, 3, 1), D(2023, 5, 30)));

        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, closedByTheHire, D(2023, 6, 1))));
        Judge.Failed(Judge.Of(Item(HireSubsidyKind.Absorption, closedBefore, D(2023, 6, 1))), "hiring.absorption.target_group");
    }

    [Theory]
    [InlineData(1, true)]   // 2023-01-01 to 2023-06-30: exactly six months before 2023-07-01
    [InlineData(2, false)]  // one day short
    public void R19_jz_2023_36_thirteen_registration_starting_exactly_6_months_before_the_contract_start_qualifies(int startDay, bool approved)
    {
        // 40 years old: neither a youth nor a graduate, so only the 6-month route can pay.
        var person = Person(D(1983, 2, 1), Registration(D(2023, 1, startDay), D(2023, 6, 30)));

        var judgement = Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 7, 1)));

        Assert.Equal(approved, judgement.Approved);
        var group = Judge.Check(judgement, "hiring.absorption.target_group");
        Assert.Contains(group.FactsUsed, f => f.Name == "登记失业半年以上人员" && f.Value == (approved ? "符合" : "不符合"));
        Assert.Contains(group.FactsUsed, f => f.Name == "hiring.absorption.group.registered_unemployed_6m" && f.Source == "焦政办〔2023〕36号 （十三）（裁定 R1, R10, R19）");
        Assert.Contains(group.Citations, c => c.Clause == "（十三）");
    }

    [Fact]
    public void R19_adjoining_registrations_join_and_a_gap_breaks_the_six_months()
    {
        var adjoining = Person(D(1983, 2, 1), Registration(D(2022, 10, 1), D(2023, 2, 28)), Registration(D(2023, 3, 1)));
        var gap = Person(D(1983, 2, 1), Registration(D(2022, 10, 1), D(2023, 2, 27)), Registration(D(2023, 3, 1)));

        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, adjoining, D(2023, 7, 1))));
        Judge.Failed(Judge.Of(Item(HireSubsidyKind.Absorption, gap, D(2023, 7, 1))), "hiring.absorption.target_group");
    }

    [Fact]
    public void R9_jz_2023_36_four_expansion_does_not_pay_for_the_six_month_route_of_clause_thirteen()
    {
        var person = Person(D(1983, 2, 1), Registration(D(2022, 1, 1)));

        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 7, 1))));
        var expansion = Judge.Of(Item(HireSubsidyKind.Expansion, person, D(2023, 7, 1)));
        var group = Judge.Failed(expansion, "hiring.expansion.target_group");
        Assert.DoesNotContain("登记失业半年以上", group.DescriptionZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HireSubsidyKind.Absorption)]
    [InlineData(HireSubsidyKind.Expansion)]
    public void R10_jz_2023_36_four_and_eleven_a_2023_graduate_hired_in_2023_is_in_the_graduation_year(HireSubsidyKind kind)
    {
        // 27 years old, never registered: only the graduate groups can pay.
        var person = Person(D(1996, 1, 1), CollegeGraduate(D(2023, 6, 30)));

        Judge.Approved(Judge.Of(Item(kind, person, D(2023, 9, 1))));
    }

    [Theory]
    [InlineData(30, true)]   // 2021-06-30 + 2 years = 2023-06-30: within
    [InlineData(29, false)]  // graduated 2021-06-29: two years and a day
    public void R10_jz_2023_36_eleven_leaving_school_within_2_years_counts_to_the_day(int graduationDay, bool approved)
    {
        var person = Person(D(1998, 1, 1), CollegeGraduate(D(2021, 6, graduationDay)));

        Assert.Equal(approved, Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 6, 30))).Approved);
    }

    [Fact]
    public void R20_a_graduate_under_contract_or_employer_paid_pension_the_day_before_is_not_unemployed()
    {
        var underContract = Person(D(1998, 1, 1), CollegeGraduate(D(2022, 6, 30)), Contract(D(2022, 8, 1), D(2023, 7, 31)));
        var insured = Person(D(1998, 1, 1), CollegeGraduate(D(2022, 6, 30)), Pension(D(2023, 1, 1), D(2023, 7, 31), "91410800MA0000009Y"));
        var flexible = Person(D(1998, 1, 1), CollegeGraduate(D(2022, 6, 30)), Pension(D(2023, 1, 1), D(2023, 7, 31), "", flexible: true));

        var contractJudgement = Judge.Of(Item(HireSubsidyKind.Absorption, underContract, D(2023, 8, 1)));
        Assert.Contains(Judge.Failed(contractJudgement, "hiring.absorption.target_group").FactsUsed,
            f => f.Name == "category.not_employed_before_event" && f.Value.StartsWith("未通过", StringComparison.Ordinal));
        Judge.Failed(Judge.Of(Item(HireSubsidyKind.Absorption, insured, D(2023, 8, 1))), "hiring.absorption.target_group");

        // Flexible-worker contributions are not employment (R20).
        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, flexible, D(2023, 8, 1))));
    }

    [Fact]
    public void R20_a_contract_that_ended_before_the_day_before_the_hire_does_not_count()
    {
        var person = Person(D(1998, 1, 1), CollegeGraduate(D(2022, 6, 30)), Contract(D(2022, 8, 1), D(2023, 7, 30)));

        Judge.Approved(Judge.Of(Item(HireSubsidyKind.Absorption, person, D(2023, 8, 1))));
    }

    [Fact]
    public void R10_an_unknown_birth_date_leaves_a_youth_claim_undetermined_not_refused()
    {
        var person = Person(D(2000, 3, 10), Registration(D(2023, 1, 1)));
        person.Person.BirthDate = null;

        var judgement = Judge.Of(Item(HireSubsidyKind.Expansion, person, D(2023, 6, 1)));

        Assert.False(judgement.Approved);
        Assert.Equal(Outcome.Undetermined, judgement.Explanation.Outcome);
    }
}
