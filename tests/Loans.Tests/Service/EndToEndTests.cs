using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// The whole path over the real transport, as the three parties act: a bank queries, the counter
/// takes and moves the application, the bank registers the loan, reports an overdue spell and a
/// repayment and claims the quarter, the counter approves the claim.
/// </summary>
public sealed class EndToEndTests(LoansHost host) : IClassFixture<LoansHost>
{
    private const string E2eBank = "E2E-BANK-01";

    [Fact(Timeout = 60_000)]
    public async Task R4_R6_R7_a_loan_from_query_to_an_approved_quarterly_claim_checked_to_the_fen()
    {
        var bank = TestCallers.Bank(E2eBank);
        var counter = TestCallers.Counter("410800", "clerk-e2e");
        var id = await host.RegisterUnemployedPersonAsync("端到端借款人");
        var guarantor = CoveringGuarantor(20 * Wan);

        // 1. The bank asks (2023: 20万 fully subsidised, a guarantor needed above 10万).
        var query = Query(id, D(2023, 7, 1), 20 * Wan);
        query.BankCode = E2eBank;
        query.Guarantors.Add(guarantor);
        var answer = await host.QueryWithConsentAsync(query, bank);
        Assert.True(Assert.Single(answer.Offers, o => o.ProductId == "individual.subsidised").Eligible);

        // 2. The counter takes the application and moves it to the bank.
        var application = await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = query.Borrower,
            Region = query.Region,
            ProductId = "individual.subsidised",
            BankCode = E2eBank,
            RequestedAmount = query.RequestedAmount,
            TermMonths = 24,
            Guarantors = { guarantor },
            IntendedIssueDate = query.IntendedIssueDate,
        }, counter);
        foreach (var to in new[] { ApplicationState.Reviewed, ApplicationState.GuaranteeApproved, ApplicationState.SentToBank })
        {
            application = await host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                ApplicationId = application.ApplicationId,
                ExpectedVersion = application.Record.Version,
                To = to,
            }, counter);
        }

        var sent = await host.Loans.ListApplicationsAsync(new ListApplicationsRequest { BankCode = E2eBank, State = ApplicationState.SentToBank }, bank);
        Assert.Contains(sent.Applications, a => a.ApplicationId == application.ApplicationId);

        // 3. The bank registers the loan on the application: 20万 at 3.45%, issued 2023-07-01.
        var register = Loan(id, "E2E-HT-0001", D(2023, 7, 1), 24, 20 * Wan, 20 * Wan, applicationId: application.ApplicationId);
        register.Terms.Contract.BankCode = E2eBank;
        var loan = await host.Loans.RegisterLoanAsync(register, bank);
        Assert.Equal(1_000_000, loan.SubsidyShare.Ppm);
        var issued = await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, counter);
        Assert.Equal(ApplicationState.Issued, issued.State);
        Assert.Equal(loan.LoanId, issued.LoanId);

        // 4. Overdue 2023-08-01 … 2023-08-10 (reported open, then cured), 5万 repaid on 2023-09-01.
        loan = await host.Loans.RecordOverdueAsync(new RecordOverdueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            Period = new DatePeriod { From = D(2023, 8, 1) },
        }, bank);
        Assert.Equal(LoanStatus.Overdue, loan.Status);
        loan = await host.Loans.RecordOverdueAsync(new RecordOverdueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            Period = new DatePeriod { From = D(2023, 8, 1), Until = D(2023, 8, 10) },
        }, bank);
        Assert.Equal(LoanStatus.Active, loan.Status);
        loan = await host.Loans.RecordRepaymentAsync(new RecordRepaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Loan = Key(loan.LoanId),
            Repayment = new Repayment { PaidOn = D(2023, 9, 1), Principal = new Money { Fen = 5 * Wan } },
        }, bank);

        // 5. The bank claims 2023 Q3. By hand (R6: per day, 360-day year, none while overdue):
        //    Jul 1–31 and Aug 11–31 = 52 days on 200,000.00元; Aug 1–10 excluded; Sep 1–30 = 30 days on 150,000.00元.
        //    (52 × 20,000,000 + 30 × 15,000,000) fen·days × 3.45% × 100% ÷ 360 = 142,791.67 fen → 142,792 fen (half up, once).
        //    Split: central 20% (the tests' sample) = 28,558.4 → 28,558; the rest 114,234 province : county 1:1 = 57,117 + 57,117.
        var preview = await host.Loans.ComputeInterestSubsidyClaimAsync(new ComputeInterestSubsidyClaimRequest { BankCode = E2eBank, Year = 2023, Quarter = 3 }, bank);
        Assert.Equal(ClaimState.Preview, preview.State);
        var claim = await host.Loans.SubmitInterestSubsidyClaimAsync(new SubmitInterestSubsidyClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            BankCode = E2eBank,
            Year = 2023,
            Quarter = 3,
        }, bank);
        var line = Assert.Single(claim.Lines);
        Assert.Equal(82, line.SubsidisedDays);
        Assert.Equal(10, line.ExcludedDays);
        Assert.Equal(142_792, line.Amount.Fen);
        var cited = line.Explanation.Checks.SelectMany(c => c.FactsUsed).Select(f => f.Name).ToList();
        Assert.Contains("loans.interest.day_count_basis", cited);
        Assert.Contains("loans.interest.subsidised_during_overdue", cited);
        Assert.Equal(142_792, claim.Total.Fen);
        Assert.Equal(preview.Total, claim.Total);
        Assert.Equal(
            [("central", "CN", 28_558L), ("province", "410000", 57_117L), ("county", "410802", 57_117L)],
            claim.CostShares.Select(s => (s.Payer, s.Region.Code, s.Amount.Fen)));
        Assert.Equal(ClaimState.Submitted, claim.State);

        // The ledger behind the line, day by day: the same sum, the excluded days with their reason.
        var ledger = await host.Loans.GetLoanSubsidyLedgerAsync(new GetLoanSubsidyLedgerRequest
        {
            Loan = Key(loan.LoanId),
            Period = new DatePeriod { From = D(2023, 7, 1), Until = D(2023, 9, 30) },
        }, counter);
        Assert.Equal(92, ledger.Days.Count);
        Assert.Equal(10, ledger.Days.Count(d => d.Excluded == ExclusionReason.Overdue));
        Assert.Equal(15 * Wan, ledger.Days[^1].SubsidisedPrincipal.Fen);
        Assert.Equal("1916.6666666667", ledger.Days[0].DailySubsidyFen); // 20,000,000 fen × 3.45% × 100% ÷ 360, not rounded
        Assert.Equal(142_792, ledger.Total.Fen);

        // 6. The counter approves it; a clerk who is the borrower may not (回避).
        await StaffRecords.GiveStaffIdAsync(host.Registry, id, "JZ-E2E-BORROWER");
        var byBorrower = await Assert.ThrowsAsync<RpcException>(() => host.Loans.DecideInterestSubsidyClaimAsync(new DecideInterestSubsidyClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            Approve = true,
        }, TestCallers.Counter("410800", "JZ-E2E-BORROWER")).ResponseAsync);
        RecusalRefusal.AssertSays(byBorrower, "不能办理此贴息申请：所涉人员即经办人本人");
        var approved = await host.Loans.DecideInterestSubsidyClaimAsync(new DecideInterestSubsidyClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            Approve = true,
        }, counter);
        Assert.Equal(ClaimState.Approved, approved.State);
        Assert.Equal(142_792, approved.Total.Fen);
        Assert.Equal("clerk-e2e", approved.Record.UpdatedBy);

        // The figures set the subsidy approved beside the loan issued: the audit export carries it on the loan.
        var today = Employment.ServiceDefaults.Time.ChinaClock.System.Today;
        var exported = new List<AuditedItem>();
        using (var export = host.Oversight.ExportForAudit(new AuditExportRequest
        {
            Region = new RegionCode { Code = "410800" },
            Received = new DatePeriod { From = D(today.Year, today.Month, today.Day), Until = D(today.Year, today.Month, today.Day) },
        }, TestCallers.Auditor("410800")))
        {
            await foreach (var page in export.ResponseStream.ReadAllAsync())
            {
                exported.AddRange(page.Items);
            }
        }

        Assert.Equal(142_792, Assert.Single(exported, i => i.Reference == loan.LoanId).Subsidy.Fen);

        // Every role bound to a region reads the claim only within it: Jiaozuo's auditor does; Jiyuan's
        // auditor and another district's counter find nothing (NOT_FOUND, as no such claim), and an
        // auditor whose token names no region is refused.
        var get = new GetInterestSubsidyClaimRequest { ClaimId = claim.ClaimId };
        Assert.Equal(claim.ClaimId, (await host.Loans.GetInterestSubsidyClaimAsync(get, TestCallers.Auditor("410800"))).ClaimId);
        foreach (var outsider in new[] { TestCallers.Auditor("419001"), TestCallers.Counter("410803") })
        {
            var hidden = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Loans.GetInterestSubsidyClaimAsync(get, outsider).ResponseAsync);
            Assert.Equal(Grpc.Core.StatusCode.NotFound, hidden.StatusCode);
            Assert.DoesNotContain("410802", hidden.Status.Detail, StringComparison.Ordinal);
        }

        var regionless = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Loans.GetInterestSubsidyClaimAsync(get, TestCallers.Auditor("")).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, regionless.StatusCode);

        var twice = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Loans.SubmitInterestSubsidyClaimAsync(new SubmitInterestSubsidyClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            BankCode = E2eBank,
            Year = 2023,
            Quarter = 3,
        }, bank).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Contains(claim.ClaimId, twice.Said());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_claim_for_a_quarter_not_yet_ended_is_failed_precondition_and_only_a_counter_decides()
    {
        var bank = TestCallers.Bank(E2eBank);
        var future = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Loans.SubmitInterestSubsidyClaimAsync(new SubmitInterestSubsidyClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            BankCode = E2eBank,
            Year = DateTime.Now.Year + 1,
            Quarter = 1,
        }, bank).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, future.StatusCode);

        var decide = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => host.Loans.DecideInterestSubsidyClaimAsync(
            new DecideInterestSubsidyClaimRequest { IdempotencyKey = "x", ClaimId = "C1", Approve = true }, bank).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, decide.StatusCode);
    }
}
