using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 我的办事 for loan applications over real gRPC on PostgreSQL: the signed-in borrower reads their own applications with
/// the amount, every move with its date and what happens next; another person reads none of them.
/// </summary>
public sealed class MyLoanApplicationsTests(LoansHost host) : IClassFixture<LoansHost>
{
    [Fact(Timeout = 60_000)]
    public async Task A_loans_decision_takes_no_second_clerks_review_and_the_shared_review_says_so_rather_than_guessing()
    {
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Cases.ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = "L-any", ExpectedVersion = 1, Confirm = true,
        }, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.Unimplemented, refused.StatusCode);
        Assert.Contains("创业担保贷款服务的决定不设复核", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_borrower_reads_their_own_application_with_its_moves_and_next_step_and_another_person_reads_nothing()
    {
        var counter = TestCallers.Counter("410800", "clerk-mine");
        var borrower = await host.RegisterUnemployedPersonAsync("网办借款人");
        var stranger = await host.RegisterUnemployedPersonAsync("网办旁人");
        var taken = await TakenAsync(borrower, counter);
        await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = taken.ApplicationId,
            ExpectedVersion = taken.Record.Version,
            To = ApplicationState.Reviewed,
        }, counter);

        var mine = await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(await PersonIdAsync(borrower)));
        var record = Assert.Single(mine.Records);
        Assert.Equal((taken.ApplicationId, "审核通过", 5 * Wan), (record.Reference, record.StateZh, record.Amount.Fen));
        Assert.Equal(["已受理", "审核通过"], record.History.Select(s => s.StateZh));
        Assert.Equal("审核已通过，担保机构审批担保。", record.NextStepZh);

        var others = await host.Cases.ListMineAsync(new ListMineRequest(), TestCallers.Person(await PersonIdAsync(stranger)));
        Assert.Empty(others.Records);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_borrower_withdraws_their_own_application_before_the_bank_lends_and_a_stranger_cannot()
    {
        var counter = TestCallers.Counter("410800", "clerk-withdraw");
        var borrower = await host.RegisterUnemployedPersonAsync("撤回借款人");
        var stranger = await host.RegisterUnemployedPersonAsync("撤回旁人");
        var taken = await TakenAsync(borrower, counter);
        var person = TestCallers.Person(await PersonIdAsync(borrower));
        WithdrawRequest Withdrawal() => new() { SubsidyService = Employment.ServiceDefaults.Clients.PlatformServices.Loans, IdempotencyKey = Guid.NewGuid().ToString(), Reference = taken.ApplicationId };
        Assert.True(Assert.Single((await host.Cases.ListMineAsync(new ListMineRequest(), person)).Records).Withdrawable);

        var strangerCaller = TestCallers.Person(await PersonIdAsync(stranger));
        var notTheirs = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(), strangerCaller).ResponseAsync);
        var withdrawn = await host.Cases.WithdrawAsync(Withdrawal(), person);
        var again = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Cases.WithdrawAsync(Withdrawal(), person).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(("已撤回", true, false), (withdrawn.StateZh, withdrawn.Closed, withdrawn.Withdrawable));
        Assert.Equal("已撤回", withdrawn.History.Last().StateZh);
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal(ApplicationState.Withdrawn, (await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, counter)).State);
    }

    /// <summary>A 5 万元 individual loan for a July 2023 issue, taken at the counter.</summary>
    private async Task<LoanApplication> TakenAsync(string borrower, Grpc.Core.Metadata counter)
    {
        var query = Query(borrower, D(2023, 7, 1), 5 * Wan);
        return await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = query.Borrower,
            Region = query.Region,
            ProductId = "individual.subsidised",
            BankCode = "MINE-BANK-01",
            RequestedAmount = query.RequestedAmount,
            TermMonths = 24,
            IntendedIssueDate = query.IntendedIssueDate,
        }, counter);
    }

    private async Task<string> PersonIdAsync(string idNumber) =>
        (await host.Registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, TestCallers.Counter())).PersonId;
}
