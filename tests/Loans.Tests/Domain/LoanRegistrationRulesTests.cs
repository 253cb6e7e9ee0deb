using Employment.Loans.Domain.Applications;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using ApplicationState = Employment.Loans.V1.ApplicationState;

namespace Loans.Tests.Domain;

/// <summary>A bank's registration of an issued loan (<see cref="LoanRegistration"/>), in process against the shipped catalog.</summary>
public sealed class LoanRegistrationRulesTests
{
    private const long Wan = 1_000_000;
    private const string Bank = "BANK-01";

    private static readonly LoanProducts Products = new(ShippedCatalog.Catalog);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Loan Candidate(long principal, long subsidised, DateOnly issued, string? applicationId = null, string borrowerHash = "hash") => Loan.Issue(
        "L-new",
        applicationId,
        new LoanBorrower(BorrowerKind.Individual, false, "410802********123X", borrowerHash),
        "individual.subsidised",
        new LoanTerms(Bank, "HT-0001", Region.Parse("410802"), principal, subsidised, 3.45m, issued, 24, RepaymentMethod.EqualInstalments));

    private static IReadOnlyList<ProductOffer> OffersOn(DateOnly date, long amount, int subsidisedSoFar = 0) => Products.OffersFor(new EligibilityFacts
    {
        BorrowerKind = BorrowerKind.Individual,
        Region = Region.Parse("410802"),
        IntendedIssueDate = date,
        RequestedAmountFen = amount,
        MeetsPersonalSubsidyConditions = true,
        SubsidisedLoansSoFar = subsidisedSoFar,
    });

    private static LoanApplication Application(ApplicationState state, string bankCode = Bank) =>
        new("A-1", bankCode, "410802", "individual.subsidised", "hash", 10 * Wan, state, null, 4, true, new Employment.Common.V1.Explanation(), []);

    [Fact]
    public void Idempotent_registration_the_same_contract_with_other_terms_is_already_exists_showing_the_registered_ones()
    {
        var registered = Candidate(8 * Wan, 8 * Wan, D(2023, 3, 1));
        LoanRegistration.RequireSameAs(registered, Candidate(8 * Wan, 8 * Wan, D(2023, 3, 1)));

        var error = Assert.Throws<DomainRuleException>(() => LoanRegistration.RequireSameAs(registered, Candidate(7 * Wan, 7 * Wan, D(2023, 3, 1))));

        Assert.Equal(DomainRuleKind.AlreadyExists, error.Kind);
        Assert.Contains("80000.00元", error.Message, StringComparison.Ordinal);
        Assert.Contains("L-new", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Basis_an_application_must_have_been_sent_to_this_bank()
    {
        var candidate = Candidate(10 * Wan, 10 * Wan, D(2023, 7, 1), applicationId: "A-1");
        LoanRegistration.RequireBasis(Application(ApplicationState.SentToBank), candidate);

        var notSent = Assert.Throws<DomainRuleException>(() => LoanRegistration.RequireBasis(Application(ApplicationState.GuaranteeApproved), candidate));
        Assert.Equal(DomainRuleKind.NotAllowedNow, notSent.Kind);
        Assert.Contains("担保审批通过", notSent.Message, StringComparison.Ordinal);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() =>
            LoanRegistration.RequireBasis(Application(ApplicationState.SentToBank, "OTHER-BANK"), candidate)).Kind);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() =>
            LoanRegistration.RequireBasis(Application(ApplicationState.SentToBank), Candidate(11 * Wan, 10 * Wan, D(2023, 7, 1), "A-1"))).Kind);
    }

    [Fact]
    public void Basis_an_answer_must_be_this_banks_about_this_borrower_with_the_product_eligible()
    {
        var candidate = Candidate(5 * Wan, 5 * Wan, D(2023, 3, 1));
        LoanRegistration.RequireBasis(new RecordedAnswer("Q-1", Bank, "hash", ["individual.subsidised"]), candidate);

        Assert.Throws<DomainRuleException>(() => LoanRegistration.RequireBasis(new RecordedAnswer("Q-1", "OTHER", "hash", ["individual.subsidised"]), candidate));
        Assert.Throws<DomainRuleException>(() => LoanRegistration.RequireBasis(new RecordedAnswer("Q-1", Bank, "other", ["individual.subsidised"]), candidate));
        Assert.Throws<DomainRuleException>(() => LoanRegistration.RequireBasis(new RecordedAnswer("Q-1", Bank, "hash", ["individual.unsubsidised"]), candidate));
        Assert.Equal(DomainRuleKind.NotAllowedNow, LoanRegistration.NoBasis().Kind);
    }

    [Fact]
    public void R4_the_share_is_fixed_at_issue_from_the_rule_in_force_on_the_issue_date()
    {
        var loan = Candidate(10 * Wan, 10 * Wan, D(2023, 7, 1));
        LoanRegistration.ShareAtIssue(loan, OffersOn(D(2023, 7, 1), 10 * Wan));

        Assert.Equal(100m, loan.SubsidySharePercent);
    }

    [Fact]
    public void R4_a_principal_over_the_products_cap_on_the_issue_date_is_refused()
    {
        var loan = Candidate(30 * Wan, 30 * Wan, D(2023, 7, 1));
        var error = Assert.Throws<DomainRuleException>(() => LoanRegistration.ShareAtIssue(loan, OffersOn(D(2023, 7, 1), 20 * Wan)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("300000.00元", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_a_fourth_subsidised_loan_is_refused_at_registration()
    {
        var loan = Candidate(5 * Wan, 5 * Wan, D(2023, 2, 1));
        var error = Assert.Throws<DomainRuleException>(() => LoanRegistration.ShareAtIssue(loan, OffersOn(D(2023, 2, 1), 5 * Wan, subsidisedSoFar: 3)));

        Assert.Contains("R6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R1_a_product_not_in_force_on_the_issue_date_is_invalid_input_listing_those_that_are()
    {
        var loan = Candidate(5 * Wan, 5 * Wan, D(2023, 2, 1));
        var error = Assert.Throws<DomainRuleException>(() => LoanRegistration.ShareAtIssue(loan, []));

        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("terms.product_id", error.Field);
    }
}
