using Employment.Common.V1;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>
/// 创业孵化基地运营补贴 (Henan D09 cl.32; R14, R23) over the shipped catalog: 50% of each month's actual incubator
/// costs, at most 1万元 in each 12-month period from entry, for 3 years from entry, for 大中专学生、退役军人、
/// 失业人员、返乡创业农民工.
/// </summary>
public sealed class OperatingSubsidyTests
{
    private static readonly OperatingSubsidyJudge Judge = new(ShippedCatalog.Catalog, Employment.Hiring.UseCases.OperatingSubsidyClaims.Taken[0].NameZh);

    private static PersonProfile Veteran() => Person(D(1990, 5, 1), Status(PersonFactKind.Veteran, D(2015, 9, 1)));

    private static IncubatorCostMonth[] Costs(DateOnly from, int months, long fen = 200_000) =>
        Enumerable.Range(0, months).Select(i => from.AddMonths(i)).Select(d => new IncubatorCostMonth(d.Year, d.Month, fen)).ToArray();

    private static OperatingSubsidyClaim Claim(PersonProfile founder, DateOnly entered, IncubatorCostMonth[] costs, SubsidisedCostMonth[]? earlier = null, Region? region = null) =>
        new(founder, region ?? Jiaozuo, entered, costs, earlier ?? []);

    [Fact]
    public void R14_D09_32_pays_half_of_each_months_actual_incubator_cost()
    {
        var judgement = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2023, 3, 1), 3, fen: 100_001)));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(3 * 50_001, judgement.AmountFen); // 1000.01元 × 50% = 500.005元 → 500.01元 (R28)
        Assert.Equal(["2023-03", "2023-04", "2023-05"], judgement.PaidMonths.Select(m => m.Month));
        var amount = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "startup.operating_subsidy.amount");
        Assert.Contains(amount.Citations, c => c.Clause == "32.");
    }

    [Fact]
    public void R14_the_yearly_cap_of_10000_yuan_is_reached_exactly_and_a_further_month_of_that_year_pays_nothing()
    {
        // Ten months of 2000元 at 50% are exactly 10,000元.
        var first = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2023, 3, 1), 10)));
        var earlier = first.PaidMonths.Select(m => new SubsidisedCostMonth(m.Month, m.AmountFen)).ToArray();
        var sameYear = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2024, 1, 1), 1), earlier));
        var nextYear = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2024, 3, 1), 1), earlier));

        Assert.True(first.Approved);
        Assert.Equal(1_000_000, first.AmountFen);
        Assert.False(sameYear.Approved);
        Assert.Equal(0, sameYear.AmountFen);
        Assert.False(sameYear.Explanation.Checks.Single(c => c.RuleId == "startup.operating_subsidy.amount").Passed);
        Assert.True(nextYear.Approved);
        Assert.Equal(100_000, nextYear.AmountFen);
        Assert.Equal(1, nextYear.PaidMonths.Single().SubsidyYear);
    }

    [Fact]
    public void R14_a_month_that_would_pass_the_yearly_cap_pays_only_what_remains()
    {
        // Eleven months of 2000元: the eleventh would bring 11,000元; 10,000元 is paid.
        var judgement = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2023, 3, 1), 11)));

        Assert.Equal(1_000_000, judgement.AmountFen);
        Assert.Equal(10, judgement.PaidMonths.Count);
    }

    [Theory]
    [InlineData(2026, 2, true)]   // entry 2023-03-15: 2023-03 is the first month, 2026-02 the 36th
    [InlineData(2026, 3, false)]  // the 37th: beyond 3 years from entry
    public void R23_the_three_years_run_from_the_entry_month(int year, int month, bool paid)
    {
        var judgement = Judge.Judge(Claim(Veteran(), D(2023, 3, 15), Costs(D(year, month, 1), 1)));

        Assert.Equal(paid, judgement.Approved);
        Assert.Equal(paid ? 100_000 : 0, judgement.AmountFen);
        Assert.Equal(paid, judgement.Explanation.Checks.Single(c => c.RuleId == "startup.operating_subsidy.within_years").Passed);
    }

    [Fact]
    public void R14_the_founder_must_be_in_a_group_of_the_operating_subsidy_and_a_registered_unemployed_founder_is()
    {
        var hardToEmploy = Person(D(1980, 1, 1), Status(PersonFactKind.EmploymentDifficulty, D(2022, 1, 1)));
        var unemployed = Person(D(1980, 1, 1), Registration(D(2022, 6, 1)));

        var refused = Judge.Judge(Claim(hardToEmploy, D(2023, 3, 1), Costs(D(2023, 3, 1), 1)));
        var paid = Judge.Judge(Claim(unemployed, D(2023, 3, 1), Costs(D(2023, 3, 1), 1)));

        Assert.False(refused.Approved);
        Assert.False(refused.Explanation.Checks.Single(c => c.RuleId == "startup.operating_subsidy.founder_group").Passed);
        Assert.True(paid.Approved, paid.Explanation.SummaryZh);
    }

    [Fact]
    public void R27_Henans_measure_pays_in_Jiyuan_too()
    {
        var judgement = Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2023, 3, 1), 1), region: Region.Jiyuan));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(100_000, judgement.AmountFen);
    }

    [Fact]
    public void A_cost_month_before_entry_or_a_negative_cost_is_refused_naming_the_field()
    {
        var early = Assert.Throws<DomainRuleException>(() => Judge.Judge(Claim(Veteran(), D(2023, 3, 15), Costs(D(2023, 2, 1), 1))));
        var negative = Assert.Throws<DomainRuleException>(() => Judge.Judge(Claim(Veteran(), D(2023, 3, 1), Costs(D(2023, 3, 1), 1, fen: -1))));

        Assert.Equal("costs[0].month", early.Field);
        Assert.Equal("costs[0].cost", negative.Field);
    }
}
