using Employment.Common.V1;
using Employment.Loans.Domain.Applications;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Errors;
using Xunit;
using LoanApplication = Employment.Loans.Domain.Applications.LoanApplication;

namespace Loans.Tests.Domain;

/// <summary>The application's life at the counter as the <see cref="LoanApplication"/> aggregate enforces it, in process.</summary>
public sealed class ApplicationStateRulesTests
{
    private static readonly DateTimeOffset At = new(2023, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static LoanApplication Accepted(bool eligible = true)
    {
        var eligibility = new Explanation { SummaryZh = eligible ? "符合条件" : "不符合条件" };
        eligibility.Checks.Add(new Check { RuleId = "loans.personal_subsidy_conditions", Passed = eligible, DescriptionZh = "借款人未在人社部门登记" });
        return LoanApplication.Accept("A-1", "BANK-01", "410802", "individual.subsidised", "hash", 1_000_000, eligible, eligibility, "clerk-1", At);
    }

    private static DomainRuleException Refused(Action act) => Assert.Throws<DomainRuleException>(act);

    [Fact]
    public void Accepted_an_application_is_taken_with_its_verdict_as_the_first_move()
    {
        var application = Accepted(eligible: false);

        var first = Assert.Single(application.History);
        Assert.Equal((ApplicationState.Unspecified, ApplicationState.Accepted, "clerk-1"), (first.From, first.To, first.Actor));
        Assert.Equal("受理，资格初审未通过：不符合条件", first.Reason);
        Assert.Equal(ApplicationState.Accepted, application.State);
    }

    [Fact]
    public void Moves_an_application_moves_only_along_its_states_and_a_refusal_names_the_allowed_ones()
    {
        var application = Accepted();
        var skip = Refused(() => application.MoveTo(ApplicationState.SentToBank, "", "clerk-1", At));

        Assert.Equal(DomainRuleKind.NotAllowedNow, skip.Kind);
        Assert.Contains("审核通过、审核不通过、已撤回", skip.Message, StringComparison.Ordinal);

        application.MoveTo(ApplicationState.Reviewed, "", "clerk-2", At.AddHours(1));
        application.MoveTo(ApplicationState.GuaranteeApproved, "", "clerk-2", At.AddHours(2));
        application.MoveTo(ApplicationState.SentToBank, "", "clerk-3", At.AddHours(3));
        Assert.Equal(
            [ApplicationState.Accepted, ApplicationState.Reviewed, ApplicationState.GuaranteeApproved, ApplicationState.SentToBank],
            application.History.Select(m => m.To));
        Assert.Equal(("clerk-3", At.AddHours(3)), (application.History[^1].Actor, application.History[^1].At));
    }

    [Fact]
    public void Reviewed_only_if_the_chosen_product_was_eligible_naming_the_failed_checks()
    {
        var application = Accepted(eligible: false);
        var error = Refused(() => application.MoveTo(ApplicationState.Reviewed, "", "clerk-1", At));

        Assert.Equal(DomainRuleKind.NotAllowedNow, error.Kind);
        Assert.Contains("借款人未在人社部门登记", error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationState.Accepted, application.State);

        application.MoveTo(ApplicationState.Rejected, "资格不符", "clerk-1", At);
        Assert.Equal(ApplicationState.Rejected, application.State);
    }

    [Fact]
    public void Issued_only_by_the_banks_registration_never_by_a_clerk()
    {
        var application = Accepted();
        application.MoveTo(ApplicationState.Reviewed, "", "clerk-1", At);
        application.MoveTo(ApplicationState.GuaranteeApproved, "", "clerk-1", At);
        application.MoveTo(ApplicationState.SentToBank, "", "clerk-1", At);

        Assert.Contains("经办银行登记贷款", Refused(() => application.MoveTo(ApplicationState.Issued, "", "clerk-1", At)).Message, StringComparison.Ordinal);

        application.MarkIssued("L-1", "HT-0001", "bank:BANK-01", At);
        Assert.Equal(ApplicationState.Issued, application.State);
        Assert.Equal("L-1", application.LoanId);
        Assert.Equal("经办银行登记放款，合同编号 HT-0001", application.History[^1].Reason);
    }

    [Fact]
    public void Issued_an_application_not_sent_to_the_bank_is_not_marked_issued()
    {
        var application = Accepted();

        Assert.Equal(DomainRuleKind.NotAllowedNow, Refused(() => application.MarkIssued("L-1", "HT-0001", "bank:BANK-01", At)).Kind);
        Assert.Null(application.LoanId);
    }

    [Theory]
    [InlineData(ApplicationState.Rejected)]
    [InlineData(ApplicationState.Withdrawn)]
    public void Reasons_a_refusal_or_a_withdrawal_needs_the_clerks_reason(ApplicationState to)
    {
        var error = Refused(() => Accepted().MoveTo(to, "  ", "clerk-1", At));

        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal("reason_zh", error.Field);
    }

    [Fact]
    public void Ended_a_withdrawn_application_allows_no_further_move()
    {
        var application = Accepted();
        application.MoveTo(ApplicationState.Withdrawn, "申请人撤回", "clerk-1", At);

        Assert.Contains("该申请已办结", Refused(() => application.MoveTo(ApplicationState.Reviewed, "", "clerk-1", At)).Message, StringComparison.Ordinal);
        Assert.Equal("申请人撤回", application.History[^1].Reason);
    }

    [Fact]
    public void Versions_a_move_on_a_version_other_than_the_stored_one_is_stale()
    {
        Assert.Equal(DomainRuleKind.StaleVersion, Refused(() => Accepted().RequireVersion(5)).Kind);
    }
}
