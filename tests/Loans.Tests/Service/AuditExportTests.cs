using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 稽核 (焦政办〔2023〕36号 closing clause: 健全风险防控机制): an auditor, bound to a region, reads the loan
/// applications taken and the loans registered in a period, in the shape every subsidy service exports: the
/// borrower by the registry's person id (the rows keep the identity number only as a keyed hash), the
/// measure as the catalog names it, the clerk who decided. A confirmed risk signal's hold stops an
/// application on its way to the bank until released.
/// </summary>
public sealed class AuditExportTests(LoansHost host) : IClassFixture<LoansHost>
{
    private const string AuditBank = "AUDIT-BANK-01";

    private async Task<string> PersonIdAsync(string idNumber) =>
        Assert.Single((await host.Registry.FindPeopleAsync(new FindPeopleRequest { IdNumber = idNumber }, TestCallers.Counter())).People).PersonId;

    private async Task<LoanApplication> ApplyAsync(string idNumber, Metadata clerk)
    {
        var query = Query(idNumber, D(2023, 7, 1), 5 * Wan);
        return await host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = query.Borrower,
            Region = query.Region,
            ProductId = "individual.subsidised",
            BankCode = AuditBank,
            RequestedAmount = query.RequestedAmount,
            TermMonths = 24,
            IntendedIssueDate = query.IntendedIssueDate,
        }, clerk);
    }

    private Task<LoanApplication> MoveAsync(LoanApplication application, ApplicationState to, Metadata clerk, string reason = "") =>
        host.Loans.TransitionApplicationAsync(new TransitionApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = application.ApplicationId,
            ExpectedVersion = application.Record.Version,
            To = to,
            ReasonZh = reason,
        }, clerk).ResponseAsync;

    /// <summary>Reviewed by <paramref name="reviewer"/>, the guarantee approved and sent to the bank.</summary>
    private async Task<LoanApplication> ToBankAsync(LoanApplication application, Metadata reviewer)
    {
        application = await MoveAsync(application, ApplicationState.Reviewed, reviewer);
        application = await MoveAsync(application, ApplicationState.GuaranteeApproved, TestCallers.Counter());
        return await MoveAsync(application, ApplicationState.SentToBank, TestCallers.Counter());
    }

    private Task<Employment.Loans.V1.Loan> RegisterOnAsync(string idNumber, LoanApplication application, string contract)
    {
        var register = Loan(idNumber, contract, D(2023, 7, 1), 24, 5 * Wan, 5 * Wan, applicationId: application.ApplicationId);
        register.Terms.Contract.BankCode = AuditBank;
        return host.Loans.RegisterLoanAsync(register, TestCallers.Bank(AuditBank)).ResponseAsync;
    }

    private Task<List<AuditedItem>> ExportAsync(Metadata caller, string region) => host.ExportedTodayAsync(caller, region);

    private static PaymentHoldRequest Hold(string signalId, string applicationId, bool hold) => new()
    {
        SignalId = signalId,
        Region = new RegionCode { Code = "410800" },
        RecordIds = { applicationId },
        Hold = hold,
        ReasonZh = "经办人为本人办理",
    };

    [Fact(Timeout = 60_000)]
    public async Task An_auditor_reads_applications_with_the_registry_person_and_the_deciding_clerk_and_loans_with_their_months()
    {
        var id = await host.RegisterUnemployedPersonAsync("稽核借款人");
        var application = await ApplyAsync(id, TestCallers.Counter(clerk: "clerk-taking"));
        application = await ToBankAsync(application, TestCallers.Counter(clerk: "clerk-reviewing"));
        var loan = await RegisterOnAsync(id, application, "AUDIT-HT-0001");

        var items = await ExportAsync(TestCallers.Auditor("410800"), "410800");

        var personId = await PersonIdAsync(id);
        var taken = Assert.Single(items, i => i.Reference == application.ApplicationId);
        Assert.Equal("startup-loans", taken.Service);
        Assert.Equal("loans.individual", taken.Measure);
        Assert.Equal("个人创业担保贷款（贴息）", taken.MeasureZh);
        Assert.Equal(personId, taken.PersonId);
        Assert.NotEmpty(taken.NameMasked);
        Assert.NotEqual("稽核借款人", taken.NameMasked);
        Assert.DoesNotContain(id, taken.PersonIdNumberMasked, StringComparison.Ordinal);
        Assert.Equal(AuditedStatus.Paid, taken.Status);
        Assert.Equal("clerk-taking", taken.EnteredBy);
        Assert.Equal("clerk-reviewing", taken.DecidedBy);
        Assert.Equal(5 * Wan, taken.Amount.Fen);
        Assert.Equal(D(2023, 7, 1), taken.EventDate);
        Assert.Equal(taken.EnteredOn, taken.ReceivedOn);
        Assert.False(taken.BenefitGiven); // the application received

        var issued = Assert.Single(items, i => i.Reference == loan.LoanId);
        Assert.Equal(personId, issued.PersonId);
        Assert.Equal(AuditedStatus.Paid, issued.Status);
        Assert.True(issued.BenefitGiven); // the loan issued on it, counted as issued and never as a second application
        Assert.Equal(5 * Wan, issued.Principal.Fen);
        Assert.Equal("", issued.DecidedBy);
        Assert.Equal(24, issued.Months.Count);
        Assert.Equal(("2023-07", "2025-06"), (issued.Months[0], issued.Months[^1]));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_Jiyuan_auditor_never_reads_Jiaozuo_loans_and_an_auditor_cannot_hold_or_move_one()
    {
        var application = await ApplyAsync(await host.RegisterUnemployedPersonAsync(), TestCallers.Counter());
        var jiyuan = TestCallers.Auditor("419001");

        var askedForJiaozuo = await Assert.ThrowsAsync<RpcException>(() => ExportAsync(jiyuan, "410800"));
        var own = await ExportAsync(jiyuan, "419001");
        var move = await Assert.ThrowsAsync<RpcException>(() => MoveAsync(application, ApplicationState.Reviewed, TestCallers.Auditor("410800")));
        var hold = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("SIG-BY-AUDITOR", application.ApplicationId, true), TestCallers.Auditor("410800")).ResponseAsync);
        // Another service's token cannot hold or release either: only risk-signals, which keeps the signal's review.
        var byAnotherService = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("SIG-BY-JOBS", application.ApplicationId, false), TestCallers.Service("job-matching")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, askedForJiaozuo.StatusCode);
        Assert.DoesNotContain(own, i => i.Reference == application.ApplicationId);
        Assert.Equal(StatusCode.PermissionDenied, move.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, hold.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byAnotherService.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_held_application_is_not_approved_nor_issued_until_released_and_an_issued_one_is_named_already_paid()
    {
        var risk = TestCallers.Service("risk-signals");
        var clerk = TestCallers.Counter();
        var application = await ApplyAsync(await host.RegisterUnemployedPersonAsync(), clerk);
        var borrower = await host.RegisterUnemployedPersonAsync();
        var atBank = await ToBankAsync(await ApplyAsync(borrower, clerk), clerk);

        var held = await host.Oversight.SetPaymentHoldAsync(Hold("SIG-LOAN-1", application.ApplicationId, true), risk);
        var again = await host.Oversight.SetPaymentHoldAsync(Hold("SIG-LOAN-1", application.ApplicationId, true), risk);
        var approval = await Assert.ThrowsAsync<RpcException>(() => MoveAsync(application, ApplicationState.Reviewed, clerk));
        var rejected = await MoveAsync(application, ApplicationState.Rejected, clerk, "材料不全");
        await host.Oversight.SetPaymentHoldAsync(Hold("SIG-LOAN-2", atBank.ApplicationId, true), risk);
        var registration = await Assert.ThrowsAsync<RpcException>(() => RegisterOnAsync(borrower, atBank, "AUDIT-HT-0002"));
        await host.Oversight.SetPaymentHoldAsync(Hold("SIG-LOAN-2", atBank.ApplicationId, false), risk);
        var loan = await RegisterOnAsync(borrower, atBank, "AUDIT-HT-0002");
        var afterIssue = await host.Oversight.SetPaymentHoldAsync(Hold("SIG-LOAN-3", atBank.ApplicationId, true), risk);

        Assert.Equal([application.ApplicationId], held.HeldRecordIds);
        Assert.Equal(held.HeldRecordIds, again.HeldRecordIds);
        Assert.Equal(StatusCode.FailedPrecondition, approval.StatusCode);
        Assert.Contains("SIG-LOAN-1", approval.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("经办人为本人办理", approval.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(ApplicationState.Rejected, rejected.State);
        Assert.Equal(StatusCode.FailedPrecondition, registration.StatusCode);
        // The bank is told the application is suspended and whom to ask, never the signal or the finding.
        Assert.Contains("暂停办理", registration.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("焦作市 解放区人社部门", registration.Status.Detail, StringComparison.Ordinal);
        var told = registration.Status.Detail + string.Concat(registration.Trailers.Select(t => t.IsBinary ? System.Text.Encoding.UTF8.GetString(t.ValueBytes) : t.Value));
        Assert.DoesNotContain("SIG-LOAN-2", told, StringComparison.Ordinal);
        Assert.DoesNotContain("经办人为本人办理", told, StringComparison.Ordinal);
        Assert.DoesNotContain("稽核", told, StringComparison.Ordinal);
        Assert.NotEmpty(loan.LoanId);
        Assert.Empty(afterIssue.HeldRecordIds);
        Assert.Equal([atBank.ApplicationId], afterIssue.AlreadyPaidRecordIds);
    }
}
