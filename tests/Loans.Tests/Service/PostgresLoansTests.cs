using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// The loans service on PostgreSQL (production's database): the query record's multi-row insert,
/// registration's transaction and unique contract, repayments with their decimal rate, the loan read back by the next
/// query, a claim.
/// </summary>
public sealed class PostgresLoansTests(PostgresLoansHost host) : IClassFixture<PostgresLoansHost>
{
    private const string PgBank = "PG-BANK-01";

    [Fact(Timeout = 60_000)]
    public async Task R4_R6_on_PostgreSQL_a_query_is_recorded_a_loan_registered_once_repaid_and_claimed()
    {
        var bank = TestCallers.Bank(PgBank);
        var id = await host.RegisterUnemployedPersonAsync();
        var queries = Enumerable.Range(0, 20).Select(_ =>
        {
            var query = Query(id, D(2023, 4, 1), 8 * Wan);
            query.BankCode = PgBank;
            return host.QueryWithConsentAsync(query, bank);
        });
        var answers = await Task.WhenAll(queries); // concurrent: several land in one group commit
        var recorded = await host.Loans.ListEligibilityQueriesAsync(
            new ListEligibilityQueriesRequest { Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual } }, TestCallers.Counter());
        Assert.Equal(answers.Select(a => a.AnswerId).Order(StringComparer.Ordinal), recorded.Queries.Select(q => q.AnswerId));
        // Every column as written by the batch's arrays: the same instant as the service's clock, not shifted by China's offset.
        Assert.All(recorded.Queries, q =>
        {
            var answer = answers.Single(a => a.AnswerId == q.AnswerId);
            Assert.Equal(answer.Offers.Where(o => o.Eligible).Select(o => o.ProductId), q.EligibleProductIds);
            Assert.Equal(PgBank, q.BankCode);
            Assert.StartsWith("G", q.ConsentReference, StringComparison.Ordinal);
            Assert.NotEmpty(q.Purpose);
            Assert.Equal(id[..6], q.BorrowerMasked[..6]);
            Assert.DoesNotContain(id, q.BorrowerMasked, StringComparison.Ordinal);
            Assert.InRange(q.AskedAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
        });

        var register = Loan(id, "PG-HT-0001", D(2023, 4, 1), 12, 8 * Wan, 8 * Wan, answerId: answers[0].AnswerId);
        register.Terms.Contract.BankCode = PgBank;
        var loan = await host.Loans.RegisterLoanAsync(register, bank);
        Assert.Equal(loan.LoanId, (await host.Loans.RegisterLoanAsync(register, bank)).LoanId);
        var other = register.Clone();
        other.Terms.ContractRate = new Ratio { Ppm = 35_000 };
        Assert.Equal(StatusCode.AlreadyExists, (await Assert.ThrowsAsync<RpcException>(() => host.Loans.RegisterLoanAsync(other, bank).ResponseAsync)).StatusCode);

        var repaid = await host.Loans.RecordRepaymentAsync(new RecordRepaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = new LoanKey { Contract = loan.Terms.Contract },
            Repayment = new Repayment { PaidOn = D(2023, 5, 1), Principal = new Money { Fen = 2 * Wan } },
        }, bank);
        Assert.Equal(6 * Wan, repaid.OutstandingPrincipal.Fen);
        Assert.Equal(34_500, repaid.Terms.ContractRate.Ppm);

        // R6 and the loans outstanding: the next query reads the loan back (with its consent, in one batch) as it stands.
        var next = Query(id, D(2023, 6, 1), 5 * Wan);
        next.BankCode = PgBank;
        var later = await host.QueryWithConsentAsync(next, bank);
        var outstanding = Assert.Single(later.OutstandingLoans);
        Assert.Equal((loan.LoanId, PgBank, D(2023, 4, 1), 6 * Wan, true), (outstanding.LoanId, outstanding.BankCode, outstanding.IssueDate, outstanding.OutstandingPrincipal.Fen, outstanding.Subsidised));
        Assert.Equal(answers[0].RemainingSubsidisedLoans - 1, later.RemainingSubsidisedLoans);

        // Q2 2023: Apr 1–30 on 80,000.00元, May 1 – Jun 30 (61 days) on 60,000.00元, 3.45%, full share, 360 days:
        // (30 × 8,000,000 + 61 × 6,000,000) × 0.0345 ÷ 360 = 58,075 fen exactly.
        var claim = await host.Loans.ComputeInterestSubsidyClaimAsync(new ComputeInterestSubsidyClaimRequest { BankCode = PgBank, Year = 2023, Quarter = 2 }, bank);
        Assert.Equal(58_075, Assert.Single(claim.Lines).Amount.Fen);
    }
}
