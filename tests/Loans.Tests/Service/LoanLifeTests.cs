using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>Applications at the counter and the loan's life as the bank reports it, over gRPC.</summary>
public sealed class LoanLifeTests(LoansHost host) : IClassFixture<LoansHost>
{
    private static Metadata BankCaller => TestCallers.Bank(Bank);

    /// <summary>A bank query (with a covering guarantor) and the loan registered on its answer.</summary>
    private async Task<Loan> RegisterViaAnswerAsync(string id, string contract, CalendarDate issued, int months, long principal, long subsidised, string product = "individual.subsidised")
    {
        var answer = await host.QueryWithConsentAsync(Query(id, issued, principal).WithCoveringGuarantor(principal), BankCaller);
        return await host.Loans.RegisterLoanAsync(Loan(id, contract, issued, months, principal, subsidised, product, answerId: answer.AnswerId), BankCaller);
    }

    private static string Contract() => "HT-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<RpcException> FailsAsync<T>(Func<AsyncUnaryCall<T>> call) => await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

    [Fact(Timeout = 60_000)]
    public async Task R8_Jz2023_36_Seven_an_extension_requested_on_2023_12_31_is_granted_once_and_its_days_are_shown()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2022, 12, 1), 12, 10 * Wan, 10 * Wan);
        Assert.Equal(D(2023, 12, 1), loan.Terms.MaturityDate);

        var extended = await host.Loans.RequestExtensionAsync(new RequestExtensionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            RequestedOn = D(2023, 12, 31),
            NewMaturityDate = D(2024, 12, 1),
            ReasonZh = "受暴雨灾害影响，经营资金周转困难",
        }, BankCaller);
        Assert.True(extended.Extension.Granted);
        Assert.Equal(D(2023, 12, 1), extended.Extension.Period.From);
        Assert.Equal(D(2024, 11, 30), extended.Extension.Period.Until);
        Assert.Equal(LoanStatus.Extended, extended.Status);

        var again = await FailsAsync(() => host.Loans.RequestExtensionAsync(new RequestExtensionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            RequestedOn = D(2023, 12, 31),
            NewMaturityDate = D(2024, 12, 1),
            ReasonZh = "再次申请",
        }, BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task R8_Jz2023_36_Seven_an_extension_requested_on_2024_01_01_is_refused_no_policy_accepts_it()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 1, 10), 12, 10 * Wan, 10 * Wan);

        var error = await FailsAsync(() => host.Loans.RequestExtensionAsync(new RequestExtensionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            RequestedOn = D(2024, 1, 1),
            NewMaturityDate = D(2024, 6, 10),
            ReasonZh = "受灾",
        }, BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("2024-01-01", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task R8_an_extension_longer_than_one_year_is_invalid_argument()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 1, 10), 6, 5 * Wan, 5 * Wan);
        var error = await FailsAsync(() => host.Loans.RequestExtensionAsync(new RequestExtensionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            RequestedOn = D(2023, 6, 1),
            NewMaturityDate = D(2024, 7, 11),
            ReasonZh = "受灾",
        }, BankCaller));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("2024-07-10", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_resent_registration_returns_the_loan_and_a_duplicate_contract_with_other_terms_is_already_exists_showing_it()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var contract = Contract();
        var answer = await host.QueryWithConsentAsync(Query(id, D(2023, 3, 1), 8 * Wan), BankCaller);
        var request = Loan(id, contract, D(2023, 3, 1), 24, 8 * Wan, 8 * Wan, answerId: answer.AnswerId);
        var first = await host.Loans.RegisterLoanAsync(request, BankCaller);
        var resent = await host.Loans.RegisterLoanAsync(request, BankCaller);
        Assert.Equal(first.LoanId, resent.LoanId);
        Assert.Equal(24, first.Terms.Schedule.Count);
        Assert.Equal(8 * Wan, first.Terms.Schedule[^1].Principal.Fen);

        var other = request.Clone();
        other.Terms.Principal = new Money { Fen = 7 * Wan };
        other.Terms.SubsidisedPrincipal = new Money { Fen = 7 * Wan };
        var error = await FailsAsync(() => host.Loans.RegisterLoanAsync(other, BankCaller));
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Contains(first.LoanId, error.Said());
        Assert.Contains("80000.00元", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_loan_needs_an_application_or_an_eligibility_answer_of_the_same_bank()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var error = await FailsAsync(() => host.Loans.RegisterLoanAsync(Loan(id, Contract(), D(2023, 3, 1), 12, 5 * Wan, 5 * Wan), BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task R6_D09_a_fourth_subsidised_loan_is_refused_at_registration()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var answer = await host.QueryWithConsentAsync(Query(id, D(2023, 2, 1), 5 * Wan), BankCaller);
        for (var i = 0; i < 3; i++)
        {
            await host.Loans.RegisterLoanAsync(Loan(id, Contract(), D(2023, 2, 1), 12, 5 * Wan, 5 * Wan, answerId: answer.AnswerId), BankCaller);
        }

        var fourth = await host.QueryWithConsentAsync(Query(id, D(2023, 2, 1), 5 * Wan), BankCaller);
        Assert.Equal(0, fourth.RemainingSubsidisedLoans);
        Assert.False(Assert.Single(fourth.Offers, o => o.ProductId == "individual.subsidised").Eligible);
        Assert.Equal(3, fourth.OutstandingLoans.Count);

        var error = await FailsAsync(() => host.Loans.RegisterLoanAsync(Loan(id, Contract(), D(2023, 2, 1), 12, 5 * Wan, 5 * Wan, answerId: answer.AnswerId), BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("R6", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task Repayments_over_the_outstanding_principal_or_before_issue_are_refused_and_settling_early_closes_the_loan()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 4, 1), 12, 6 * Wan, 6 * Wan);

        RecordRepaymentRequest Repay(CalendarDate on, long principal, bool settles = false) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            Repayment = new Repayment { PaidOn = on, Principal = new Money { Fen = principal } },
            SettlesLoan = settles,
        };

        var tooMuch = await FailsAsync(() => host.Loans.RecordRepaymentAsync(Repay(D(2023, 5, 1), 6 * Wan + 1), BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, tooMuch.StatusCode);
        var tooEarly = await FailsAsync(() => host.Loans.RecordRepaymentAsync(Repay(D(2023, 3, 31), 1 * Wan), BankCaller));
        Assert.Equal(StatusCode.InvalidArgument, tooEarly.StatusCode);

        var repay = Repay(D(2023, 5, 1), 1 * Wan);
        var after = await host.Loans.RecordRepaymentAsync(repay, BankCaller);
        Assert.Equal(5 * Wan, after.OutstandingPrincipal.Fen);
        Assert.Equal(after, await host.Loans.RecordRepaymentAsync(repay, BankCaller)); // the same key: the first answer, once

        var settled = await host.Loans.RecordRepaymentAsync(Repay(D(2023, 8, 1), 5 * Wan, settles: true), BankCaller);
        Assert.Equal(LoanStatus.SettledEarly, settled.Status);
        Assert.Equal(0, settled.OutstandingPrincipal.Fen);
        var closed = await FailsAsync(() => host.Loans.RecordRepaymentAsync(Repay(D(2023, 9, 1), 1), BankCaller));
        Assert.Equal(StatusCode.FailedPrecondition, closed.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_bank_sees_only_its_own_loans_and_a_counter_sees_those_of_its_region()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 4, 1), 12, 3 * Wan, 3 * Wan);

        // another bank's or region's loan is NOT_FOUND, as if it did not exist; naming
        // another bank's contract in the request is the caller's own mistake, PERMISSION_DENIED.
        var other = await FailsAsync(() => host.Loans.GetLoanAsync(new GetLoanRequest { Loan = Key(loan.LoanId) }, TestCallers.Bank(OtherBank)));
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        var byContract = await FailsAsync(() => host.Loans.GetLoanAsync(
            new GetLoanRequest { Loan = new LoanKey { Contract = loan.Terms.Contract } }, TestCallers.Bank(OtherBank)));
        Assert.Equal(StatusCode.PermissionDenied, byContract.StatusCode);

        Assert.Equal(loan.LoanId, (await host.Loans.GetLoanAsync(new GetLoanRequest { Loan = Key(loan.LoanId) }, TestCallers.Counter("410800"))).LoanId);
        var jiyuan = await FailsAsync(() => host.Loans.GetLoanAsync(new GetLoanRequest { Loan = Key(loan.LoanId) }, TestCallers.Counter("419001")));
        Assert.Equal(StatusCode.NotFound, jiyuan.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Application_moves_only_along_its_states_with_who_and_when_and_an_illegal_move_is_failed_precondition()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var counter = TestCallers.Counter("410800", "clerk-007");
        var application = await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 5, 1),
        }, counter);
        Assert.Equal(ApplicationState.Accepted, application.State);
        Assert.True(application.Eligible, application.Eligibility.ToString());
        Assert.DoesNotContain(id, application.Borrower.IdNumber);

        var skip = await FailsAsync(() => host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            To = ApplicationState.SentToBank,
        }, counter));
        Assert.Equal(StatusCode.FailedPrecondition, skip.StatusCode);
        Assert.Contains("审核通过", skip.Said());

        var stale = await FailsAsync(() => host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version + 5,
            To = ApplicationState.Reviewed,
        }, counter));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);

        var reviewed = await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            To = ApplicationState.Reviewed,
        }, counter);
        Assert.Equal(ApplicationState.Reviewed, reviewed.State);
        Assert.Equal("clerk-007", reviewed.History[^1].Actor);

        var withdrawn = await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = reviewed.Record.Version,
            To = ApplicationState.Withdrawn,
            ReasonZh = "申请人撤回",
        }, counter);
        Assert.Equal([ApplicationState.Accepted, ApplicationState.Reviewed, ApplicationState.Withdrawn], withdrawn.History.Select(h => h.To));
        var ended = await FailsAsync(() => host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = withdrawn.Record.Version,
            To = ApplicationState.Reviewed,
        }, counter));
        Assert.Equal(StatusCode.FailedPrecondition, ended.StatusCode);

        var bank = await FailsAsync(() => host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest(), BankCaller));
        Assert.Equal(StatusCode.PermissionDenied, bank.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_unknown_product_is_invalid_argument_listing_the_products_in_force()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var error = await FailsAsync(() => host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.platinum",
            BankCode = Bank,
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 12,
            IntendedIssueDate = D(2023, 5, 1),
        }, TestCallers.Counter()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("individual.subsidised", error.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_bank_lists_its_own_loans_page_by_page_and_a_counter_those_of_its_region()
    {
        const string listBank = "LIST-BANK-A";
        var bank = TestCallers.Bank(listBank);
        var id = await host.RegisterUnemployedPersonAsync();
        var query = Query(id, D(2023, 3, 1), 5 * Wan);
        query.BankCode = listBank;
        var answer = await host.QueryWithConsentAsync(query, bank);
        var registered = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var request = Loan(id, Contract(), D(2023, 3, 1), 12, 5 * Wan, 0, "individual.unsubsidised", answerId: answer.AnswerId);
            request.Terms.Contract.BankCode = listBank;
            registered.Add((await host.Loans.RegisterLoanAsync(request, bank)).LoanId);
        }

        var first = await host.Loans.ListLoansAsync(new ListLoansRequest { BankCode = listBank, Page = new PageRequest { PageSize = 2 } }, bank);
        var second = await host.Loans.ListLoansAsync(
            new ListLoansRequest { BankCode = listBank, Page = new PageRequest { PageSize = 2, PageToken = first.Page.NextPageToken } }, bank);
        Assert.Equal(registered, first.Loans.Concat(second.Loans).Select(l => l.LoanId));
        Assert.Empty(second.Page.NextPageToken);

        var otherBank = await FailsAsync(() => host.Loans.ListLoansAsync(new ListLoansRequest { BankCode = listBank }, TestCallers.Bank("LIST-BANK-B")));
        Assert.Equal(StatusCode.PermissionDenied, otherBank.StatusCode);
        Assert.Empty((await host.Loans.ListLoansAsync(new ListLoansRequest { BankCode = "LIST-BANK-B" }, TestCallers.Bank("LIST-BANK-B"))).Loans);

        Assert.Equal(3, (await host.Loans.ListLoansAsync(new ListLoansRequest { BankCode = listBank }, TestCallers.Counter("410800"))).Loans.Count);
        Assert.Empty((await host.Loans.ListLoansAsync(new ListLoansRequest { BankCode = listBank }, TestCallers.Counter("419001"))).Loans);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("garbage!")]
    [InlineData("zzzzzzzz")]
    [InlineData("TDAwMQ==")]
    [InlineData("L' OR 1=1 --")]
    public async Task A_page_token_this_API_never_gave_is_INVALID_ARGUMENT_not_an_empty_page(string token)
    {
        var error = await FailsAsync(() => host.Loans.ListLoansAsync(
            new ListLoansRequest { BankCode = "LIST-BANK-T", Page = new PageRequest { PageSize = 2, PageToken = token } }, TestCallers.Bank("LIST-BANK-T")));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("page.page_token", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Another_bank_resending_a_banks_exact_repayment_does_not_get_its_loan_back()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 4, 1), 12, 6 * Wan, 6 * Wan);
        var repay = OneWanRepayment(loan);
        var first = await host.Loans.RecordRepaymentAsync(repay, BankCaller);

        // The same key and request from another bank is its own call: refused on ownership, never a replay.
        var other = await FailsAsync(() => host.Loans.RecordRepaymentAsync(repay, TestCallers.Bank(OtherBank)));
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(first.OutstandingPrincipal.Fen.ToString(System.Globalization.CultureInfo.InvariantCulture), other.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Twenty_identical_concurrent_repayments_all_get_the_first_answer_and_repay_once()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var loan = await RegisterViaAnswerAsync(id, Contract(), D(2023, 4, 1), 12, 6 * Wan, 6 * Wan);
        var repay = OneWanRepayment(loan);
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Loans.RecordRepaymentAsync(repay, BankCaller).ResponseAsync));
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(5 * Wan, answers[0].OutstandingPrincipal.Fen);
    }

    private static RecordRepaymentRequest OneWanRepayment(Loan loan) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Loan = Key(loan.LoanId),
        Repayment = new Repayment { PaidOn = D(2023, 5, 1), Principal = new Money { Fen = 1 * Wan } },
    };
}
