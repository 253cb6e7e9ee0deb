using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// A loan application decided by no one alone, over real gRPC: a clerk the registry ties to the borrower (回避) may
/// neither take nor move it; from the amount the configuration sets (a sample 10万元 in Jiaozuo, R3), the guarantee is
/// approved only by a clerk allowed to review who did not review it (审核通过), as 复核 is in the other services.
/// </summary>
public sealed class ApplicationSecondPersonTests(ApplicationSecondPersonTests.SecondPersonHost host) : IClassFixture<ApplicationSecondPersonTests.SecondPersonHost>
{
    /// <summary>The loans host with a sample amount from which the guarantee's approval needs a second clerk.</summary>
    public sealed class SecondPersonHost : LoansHost
    {
        public const long SampleFromFen = 10 * Wan;

        protected override string SampleValues => $"""
              - key: loans.application.review_from_amount
                value: {SampleFromFen}
                unit: fen
                region: "410800"
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the loans service tests)
                sample: true
            """;
    }

    private async Task<LoanApplication> TakenAsync(string idNumber, long amountFen, Metadata clerk)
    {
        var query = Query(idNumber, D(2023, 7, 1), amountFen);
        return await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = query.Borrower,
            Region = query.Region,
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = query.RequestedAmount,
            TermMonths = 24,
            Guarantors = { CoveringGuarantor(amountFen) },
            IntendedIssueDate = query.IntendedIssueDate,
        }, clerk);
    }

    private Task<LoanApplication> MoveAsync(LoanApplication application, ApplicationState to, Metadata clerk) =>
        host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            To = to,
        }, clerk).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task From_the_configured_amount_the_guarantee_is_approved_by_a_reviewer_who_did_not_review_it_below_it_by_anyone()
    {
        var reviewer = TestCallers.Reviewer(clerk: "JZ-LOAN-REVIEWER");
        var large = await MoveAsync(await TakenAsync(await host.RegisterUnemployedPersonAsync(), 20 * Wan, reviewer), ApplicationState.Reviewed, reviewer);
        var small = await MoveAsync(await TakenAsync(await host.RegisterUnemployedPersonAsync(), 5 * Wan, reviewer), ApplicationState.Reviewed, reviewer);

        var bySelf = await Assert.ThrowsAsync<RpcException>(() => MoveAsync(large, ApplicationState.GuaranteeApproved, reviewer));
        var byClerk = await Assert.ThrowsAsync<RpcException>(() => MoveAsync(large, ApplicationState.GuaranteeApproved, TestCallers.Counter(clerk: "JZ-LOAN-CLERK")));
        var approved = await MoveAsync(large, ApplicationState.GuaranteeApproved, TestCallers.Reviewer(clerk: "JZ-LOAN-CHECKER"));
        var smallApproved = await MoveAsync(small, ApplicationState.GuaranteeApproved, reviewer);

        Assert.Equal((StatusCode.PermissionDenied, true), (bySelf.StatusCode, bySelf.Said().Contains("reason: REVIEW_BY_DECIDER", StringComparison.Ordinal)));
        Assert.Equal((StatusCode.PermissionDenied, true), (byClerk.StatusCode, byClerk.Said().Contains("reason: REVIEW_NOT_ALLOWED", StringComparison.Ordinal)));
        Assert.Equal(ApplicationState.GuaranteeApproved, approved.State);
        Assert.Equal(ApplicationState.GuaranteeApproved, smallApproved.State);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clerk_who_is_the_borrower_or_of_the_borrowers_household_may_neither_take_nor_move_the_application()
    {
        var borrower = await host.RegisterUnemployedPersonAsync();
        await StaffRecords.SetHouseholdAsync(host.Registry, borrower, "HLOAN42");
        await StaffRecords.GiveStaffIdAsync(host.Registry, await host.RegisterUnemployedPersonAsync(), "JZ-LOAN-KIN", household: "HLOAN42");
        await StaffRecords.GiveStaffIdAsync(host.Registry, borrower, "JZ-LOAN-SELF");

        var taking = await Assert.ThrowsAsync<RpcException>(() => TakenAsync(borrower, 5 * Wan, TestCallers.Counter(clerk: "JZ-LOAN-SELF")));
        var taken = await TakenAsync(borrower, 5 * Wan, TestCallers.Counter(clerk: "JZ-LOAN-TAKER"));
        var moving = await Assert.ThrowsAsync<RpcException>(() => MoveAsync(taken, ApplicationState.Reviewed, TestCallers.Counter(clerk: "JZ-LOAN-KIN")));
        var reviewed = await MoveAsync(taken, ApplicationState.Reviewed, TestCallers.Counter(clerk: "JZ-LOAN-TAKER"));

        RecusalRefusal.AssertSays(taking, "您（工号 JZ-LOAN-SELF）不能办理此贷款申请：所涉人员即经办人本人");
        RecusalRefusal.AssertSays(moving, "与经办人同户（户号 HLOAN42）");
        Assert.Equal(ApplicationState.Reviewed, reviewed.State);
    }
}
