using Employment.Loans.Domain.Ledger;
using Employment.Policy.Model;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>The repayment plan (还款计划): hand computations in the comments, amounts in fen.</summary>
public sealed class ScheduleTests
{
    private static LoanTerms Terms(long principal, decimal rate, DateOnly issued, int months, RepaymentMethod method) =>
        new("BANK1", "HT-1", Region.Jiaozuo, principal, principal, rate, issued, months, method);

    [Fact]
    public void Equal_instalments_match_the_hand_computation_and_the_last_absorbs_rounding()
    {
        // 12,000.00元 = 1,200,000 fen, 3.6% a year, 12 months, 等额本息.
        // r = 3.6 / 100 / 12 = 0.003; (1 + r)^12 = 1.003^12 = 1.0365999802881313…
        // payment = 1,200,000 × 0.003 × 1.03659998… / 0.03659998… = 101,960.7087… → 101,961 (half up)
        // month 1: interest 1,200,000 × 0.003 = 3,600; principal 101,961 − 3,600 = 98,361; balance 1,101,639
        // month 2: interest 1,101,639 × 0.003 = 3,304.917 → 3,305; principal 98,656; balance 1,002,983
        // …
        // month 11: balance 203,004 → interest 609.012 → 609; principal 101,352; balance 101,652
        // month 12: interest 101,652 × 0.003 = 304.956 → 305; principal = the whole balance 101,652; total 101,957
        // interest over the loan: 3,600+3,305+3,009+2,712+2,414+2,116+1,816+1,516+1,214+912+609+305 = 23,528
        var plan = RepaymentSchedule.Compute(Terms(1_200_000, 3.6m, new DateOnly(2023, 3, 15), 12, RepaymentMethod.EqualInstalments));

        Assert.Equal(12, plan.Count);
        Assert.All(plan.Take(11), p => Assert.Equal(101_961, p.TotalFen));
        Assert.Equal((1, 98_361L, 3_600L), (plan[0].Number, plan[0].PrincipalFen, plan[0].InterestFen));
        Assert.Equal((98_656L, 3_305L), (plan[1].PrincipalFen, plan[1].InterestFen));
        Assert.Equal((101_352L, 609L), (plan[10].PrincipalFen, plan[10].InterestFen));
        Assert.Equal((101_652L, 305L, 101_957L), (plan[11].PrincipalFen, plan[11].InterestFen, plan[11].TotalFen));
        Assert.Equal(1_200_000, plan.Sum(p => p.PrincipalFen));
        Assert.Equal(23_528, plan.Sum(p => p.InterestFen));

        // First due date one month after issue, the last on the maturity date.
        Assert.Equal(new DateOnly(2023, 4, 15), plan[0].DueDate);
        Assert.Equal(new DateOnly(2024, 3, 15), plan[11].DueDate);
    }

    [Fact]
    public void Interest_only_pays_the_monthly_interest_and_the_principal_at_maturity()
    {
        // 200,000.00元 = 20,000,000 fen at 3.45%, 12 months, 按月付息到期还本, issued 2023-03-15.
        // monthly interest = 20,000,000 × 3.45 / 100 / 12 = 57,500 fen exactly.
        var terms = Terms(20_000_000, 3.45m, new DateOnly(2023, 3, 15), 12, RepaymentMethod.InterestOnlyPrincipalAtMaturity);
        var plan = RepaymentSchedule.Compute(terms);

        Assert.All(plan, p => Assert.Equal(57_500, p.InterestFen));
        Assert.All(plan.Take(11), p => Assert.Equal(0, p.PrincipalFen));
        Assert.Equal(20_000_000, plan[11].PrincipalFen);
        Assert.Equal(terms.MaturityDate, plan[11].DueDate);
        Assert.Equal(new DateOnly(2024, 3, 15), terms.MaturityDate);
    }

    [Fact]
    public void Schedule_interest_rounds_half_up_to_the_fen()
    {
        // 200,002.00元 = 20,000,200 fen at 3.0%: r = 0.0025; 20,000,200 × 0.0025 = 50,000.5 → 50,001
        // (half up; rounding half to even would give 50,000).
        var plan = RepaymentSchedule.Compute(Terms(20_000_200, 3.0m, new DateOnly(2023, 1, 10), 3, RepaymentMethod.InterestOnlyPrincipalAtMaturity));

        Assert.All(plan, p => Assert.Equal(50_001, p.InterestFen));
    }

    [Fact]
    public void Due_dates_count_months_from_the_issue_date_and_clamp_to_the_month_end()
    {
        // Issued 2023-01-31: +1 month = 2023-02-28 (February is shorter), +2 = 2023-03-31, +3 = 2023-04-30.
        var plan = RepaymentSchedule.Compute(Terms(1_000_000, 3.45m, new DateOnly(2023, 1, 31), 3, RepaymentMethod.EqualInstalments));

        Assert.Equal([new DateOnly(2023, 2, 28), new DateOnly(2023, 3, 31), new DateOnly(2023, 4, 30)], plan.Select(p => p.DueDate));
    }

    [Fact]
    public void A_zero_rate_splits_the_principal_and_the_last_takes_the_remainder()
    {
        // 1,000,000 fen / 3 = 333,333.33 → 333,333; last = 1,000,000 − 2 × 333,333 = 333,334.
        var plan = RepaymentSchedule.Compute(Terms(1_000_000, 0m, new DateOnly(2023, 6, 1), 3, RepaymentMethod.EqualInstalments));

        Assert.Equal([333_333L, 333_333L, 333_334L], plan.Select(p => p.PrincipalFen));
        Assert.All(plan, p => Assert.Equal(0, p.InterestFen));
    }

    [Fact]
    public void The_same_terms_give_the_same_schedule()
    {
        var terms = Terms(29_876_543, 3.95m, new DateOnly(2024, 2, 29), 36, RepaymentMethod.EqualInstalments);
        var first = RepaymentSchedule.Compute(terms);
        var second = RepaymentSchedule.Compute(terms with { });

        Assert.Equal(first, second);
        Assert.Equal(29_876_543, first.Sum(p => p.PrincipalFen));
    }

    [Fact]
    public void Invalid_terms_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RepaymentSchedule.Compute(Terms(0, 3.45m, new DateOnly(2023, 1, 1), 12, RepaymentMethod.EqualInstalments)));
        Assert.Throws<ArgumentException>(() => RepaymentSchedule.Compute(Terms(1_000, 3.45m, new DateOnly(2023, 1, 1), 0, RepaymentMethod.EqualInstalments)));
    }
}
