using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>The loan's life as the <see cref="Loan"/> aggregate enforces it, in process against the shipped catalog.</summary>
public sealed class LoanLifeRulesTests
{
    private const long Wan = 1_000_000;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>A fully subsidised 3.45% loan of the Jiaozuo 解放区 counter's region, as registered (not yet stored).</summary>
    private static Loan Issued(DateOnly issued, int months, long principal = 10 * Wan) => Loan.Issue(
        "L-test",
        null,
        new LoanBorrower(BorrowerKind.Individual, false, "410802********123X", "hash"),
        "individual.subsidised",
        new LoanTerms("BANK-01", "HT-0001", Region.Parse("410802"), principal, principal, 3.45m, issued, months, RepaymentMethod.EqualInstalments));

    private static DomainRuleException Refused(Action act) => Assert.Throws<DomainRuleException>(act);

    [Fact]
    public void Repayment_a_repayment_never_exceeds_the_outstanding_principal()
    {
        var loan = Issued(D(2023, 4, 1), 12, 6 * Wan);
        var error = Refused(() => loan.Repay(D(2023, 5, 1), 6 * Wan + 1, 0, settles: false));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("60000.00元", error.Message, StringComparison.Ordinal);
        Assert.Empty(loan.Repayments);
    }

    [Fact]
    public void Repayment_before_the_issue_date_is_invalid_input_naming_paid_on()
    {
        var error = Refused(() => Issued(D(2023, 4, 1), 12).Repay(D(2023, 3, 31), 1 * Wan, 0, settles: false));

        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("repayment.paid_on", error.Field);
    }

    [Fact]
    public void Settlement_the_repayment_that_reaches_the_principal_before_maturity_settles_the_loan_early()
    {
        var loan = Issued(D(2023, 4, 1), 12, 6 * Wan);
        loan.Repay(D(2023, 5, 1), 1 * Wan, 0, settles: false);
        Assert.Equal(LoanStatus.Active, loan.Status);
        Assert.Equal(5 * Wan, loan.OutstandingFen);

        loan.Repay(D(2023, 8, 1), 5 * Wan, 0, settles: true);

        Assert.Equal(LoanStatus.SettledEarly, loan.Status);
        Assert.Equal(D(2023, 8, 1), loan.SettledOn);
        Assert.Equal(0, loan.OutstandingFen);
    }

    [Fact]
    public void Settlement_the_last_repayment_on_the_maturity_date_settles_the_loan_not_early()
    {
        var loan = Issued(D(2023, 4, 1), 12, 6 * Wan);
        loan.Repay(D(2024, 4, 1), 6 * Wan, 0, settles: false);

        Assert.Equal(LoanStatus.Settled, loan.Status);
    }

    [Fact]
    public void Settlement_a_report_that_settles_must_repay_all_that_is_outstanding()
    {
        var error = Refused(() => Issued(D(2023, 4, 1), 12, 6 * Wan).Repay(D(2023, 5, 1), 1 * Wan, 0, settles: true));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("60000.00元", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settlement_a_settled_loan_takes_no_further_report()
    {
        var loan = Issued(D(2023, 4, 1), 12, 6 * Wan);
        loan.Repay(D(2023, 8, 1), 6 * Wan, 0, settles: true);

        Assert.Equal(DomainRuleKind.NotAllowedNow, Refused(() => loan.Repay(D(2023, 9, 1), 1, 0, settles: false)).Kind);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Refused(() => loan.ReportOverdue(D(2023, 9, 1), null)).Kind);
        Assert.Contains("2023-08-01", Refused(() => loan.Extend(D(2023, 9, 1), D(2024, 9, 1), "受灾", ShippedCatalog.Catalog)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repayments_are_kept_in_date_order_whatever_order_they_are_reported_in()
    {
        var loan = Issued(D(2023, 4, 1), 12, 6 * Wan);
        loan.Repay(D(2023, 7, 1), 1 * Wan, 0, settles: false);
        loan.Repay(D(2023, 5, 1), 1 * Wan, 0, settles: false);

        Assert.Equal([D(2023, 5, 1), D(2023, 7, 1)], loan.Repayments.Select(r => r.PaidOn));
    }

    [Fact]
    public void R8_an_extension_is_granted_once_and_at_most_the_catalogs_years()
    {
        var loan = Issued(D(2022, 12, 1), 12);
        var tooLong = Refused(() => loan.Extend(D(2023, 12, 31), D(2024, 12, 2), "受暴雨灾害影响", ShippedCatalog.Catalog));
        Assert.Equal(DomainRuleKind.InvalidInput, tooLong.Kind);
        Assert.Equal("new_maturity_date", tooLong.Field);
        Assert.Contains("2024-12-01", tooLong.Message, StringComparison.Ordinal);

        var extension = loan.Extend(D(2023, 12, 31), D(2024, 12, 1), "受暴雨灾害影响", ShippedCatalog.Catalog);
        Assert.Equal(D(2023, 12, 1), extension.From);
        Assert.Equal(D(2024, 11, 30), extension.Until);
        Assert.Equal(LoanStatus.Extended, loan.Status);
        Assert.Equal(D(2024, 12, 1), loan.CurrentMaturity);

        var again = Refused(() => loan.Extend(D(2023, 12, 31), D(2024, 12, 1), "再次申请", ShippedCatalog.Catalog));
        Assert.Equal(DomainRuleKind.NotAllowedNow, again.Kind);
    }

    [Fact]
    public void R8_an_extension_requested_when_no_policy_accepts_requests_is_refused_naming_the_date()
    {
        var error = Refused(() => Issued(D(2023, 1, 10), 12).Extend(D(2024, 1, 1), D(2024, 6, 10), "受灾", ShippedCatalog.Catalog));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("2024-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R8_R6_an_extensions_days_carry_no_subsidy()
    {
        var loan = Issued(D(2022, 12, 1), 12);
        loan.Extend(D(2023, 12, 31), D(2024, 12, 1), "受暴雨灾害影响", ShippedCatalog.Catalog);

        var days = loan.LedgerDays(D(2023, 11, 30), D(2023, 12, 2), ShippedCatalog.Catalog);

        Assert.Equal([null, ExclusionReason.Extension, ExclusionReason.Extension], days.Select(d => d.Excluded));
    }

    [Fact]
    public void R6_an_overdue_spell_opened_makes_the_loan_overdue_and_curing_it_restores_its_status()
    {
        var loan = Issued(D(2023, 7, 1), 24);
        loan.ReportOverdue(D(2023, 8, 1), null);
        Assert.Equal(LoanStatus.Overdue, loan.Status);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Refused(() => loan.ReportOverdue(D(2023, 8, 1), null)).Kind);

        var cured = loan.ReportOverdue(D(2023, 8, 1), D(2023, 8, 10));

        Assert.Same(Assert.Single(loan.Overdue), cured);
        Assert.Equal(D(2023, 8, 10), cured.Until);
        Assert.Equal(LoanStatus.Active, loan.Status);
        var days = loan.LedgerDays(D(2023, 7, 31), D(2023, 8, 11), ShippedCatalog.Catalog);
        Assert.Equal(10, days.Count(d => d.Excluded == ExclusionReason.Overdue));
    }

    [Fact]
    public void R6_overdue_spells_are_one_open_at_a_time_and_never_overlap()
    {
        var loan = Issued(D(2023, 7, 1), 24);
        loan.ReportOverdue(D(2023, 8, 1), D(2023, 8, 10));
        Assert.Contains("重叠", Refused(() => loan.ReportOverdue(D(2023, 8, 5), D(2023, 8, 20))).Message, StringComparison.Ordinal);

        loan.ReportOverdue(D(2023, 9, 1), null);
        var second = Refused(() => loan.ReportOverdue(D(2023, 10, 1), null));
        Assert.Contains("2023-09-01", second.Message, StringComparison.Ordinal);
        Assert.Equal(DomainRuleKind.InvalidInput, Refused(() => loan.ReportOverdue(D(2023, 6, 30), D(2023, 6, 30))).Kind);
    }

    [Fact]
    public void A_report_on_a_version_other_than_the_stored_one_is_stale()
    {
        var error = Refused(() => Issued(D(2023, 7, 1), 24).RequireVersion(3));

        Assert.Equal(DomainRuleKind.StaleVersion, error.Kind);
    }
}
