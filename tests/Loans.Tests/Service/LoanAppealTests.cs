using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 申诉 of a loan application's office review (SubsidyCases.FileAppeal, SettleAppeal): a counter files it on the
/// borrower's written request; the clerk who refused it may not settle it; set aside, the application is 已受理 again,
/// its history saying why, has no 决定书 until it is decided again, and the office may then approve it.
/// </summary>
public sealed class LoanAppealTests(LoansHost host) : IClassFixture<LoansHost>
{
    private Task<LoanApplication> MoveAsync(LoanApplication application, ApplicationState to, Metadata clerk, string reason = "") =>
        host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = application.ApplicationId, ExpectedVersion = application.Record.Version, To = to, ReasonZh = reason,
        }, clerk).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task R32_a_review_refusal_set_aside_on_appeal_by_another_clerk_is_accepted_again_and_may_then_be_approved()
    {
        var deciding = TestCallers.Counter(clerk: "JZ-LOAN-APPEAL-01");
        var other = TestCallers.Counter(clerk: "JZ-LOAN-APPEAL-02");
        var query = Query(await host.RegisterUnemployedPersonAsync(), D(2023, 7, 1), 5 * Wan);
        var taken = await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Borrower = query.Borrower, Region = query.Region, ProductId = "individual.subsidised",
            BankCode = "APPEAL-BANK-01", RequestedAmount = query.RequestedAmount, TermMonths = 24, IntendedIssueDate = query.IntendedIssueDate,
        }, deciding);
        await MoveAsync(taken, ApplicationState.Rejected, deciding, "经营场所证明与实际不符");

        var appeal = await host.Cases.FileAppealAsync(new FileAppealRequest
        {
            Reference = taken.ApplicationId, IdempotencyKey = Guid.NewGuid().ToString(), ReasonsZh = "借款人书面申诉：已补交租赁合同原件，经营场所真实。",
        }, other);
        var byDecider = await Assert.ThrowsAsync<RpcException>(() => host.Cases.SettleAppealAsync(new SettleAppealRequest
        {
            AppealId = appeal.AppealId, IdempotencyKey = Guid.NewGuid().ToString(), SetAside = true, FindingsZh = "核对租赁合同原件，经营场所真实。",
        }, deciding).ResponseAsync);
        var settled = await host.Cases.SettleAppealAsync(new SettleAppealRequest
        {
            AppealId = appeal.AppealId, IdempotencyKey = Guid.NewGuid().ToString(), SetAside = true, FindingsZh = "核对租赁合同原件，经营场所真实。",
        }, other);
        var reopened = await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, other);
        var noLetter = await Assert.ThrowsAsync<RpcException>(() => host.Cases.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = taken.ApplicationId }, other).ResponseAsync);
        var approved = await MoveAsync(reopened, ApplicationState.Reviewed, other);

        Assert.Equal(["JZ-LOAN-APPEAL-01"], appeal.DecidedBy);
        Assert.Equal(StatusCode.FailedPrecondition, byDecider.StatusCode);
        Assert.Equal(AppealState.SetAside, settled.State);
        Assert.Equal(ApplicationState.Accepted, reopened.State);
        Assert.Equal("申诉复查撤销原决定，重新审核", reopened.History[^1].ReasonZh);
        Assert.Equal(StatusCode.FailedPrecondition, noLetter.StatusCode);
        Assert.Equal(ApplicationState.Reviewed, approved.State);
    }
}
