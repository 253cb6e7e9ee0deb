using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Loans.UseCases;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.Grpc;

/// <summary>
/// employment.loans.v1.StartupLoans: banks ask and report, counters decide. Each method validates its
/// request (INVALID_ARGUMENT naming the field), calls one use case, and answers with what it returns.
/// Roles are the proto's (enforced before a method runs); what depends on the record (a bank's own
/// loans, a counter's region) the use cases check. Broken domain rules become statuses in one place
/// (<see cref="DomainRuleMapping"/>).
/// </summary>
internal sealed class StartupLoansService(
    EligibilityQueries eligibility,
    ApplicationDesk desk,
    ApplicationRequests stated,
    LoanRegistrations registrations,
    LoanReports reports,
    LoanReads reads,
    SubsidyClaims claims,
    SelfCheckLoan selfCheck,
    ApplicationForms forms,
    QueryConsents consents,
    ICallerResolver callers,
    BorrowerHasher borrowers,
    ChinaClock clock) : V1.StartupLoans.StartupLoansBase
{
    private const string DefaultQueryPurpose = "创业担保贷款资格审查";

    /// <summary>Most days one ledger answer shows.</summary>
    private const int MaxLedgerDays = 400;

    /// <summary>The bank's question, recorded before it is answered; the answer holds verdicts, caps and checks only.</summary>
    public override Task<V1.EligibilityAnswer> QueryEligibility(V1.EligibilityQuery request, ServerCallContext context)
    {
        var bankCode = LoanInput.BankCode(request.BankCode, "bank_code");
        var caller = callers.Resolve(context);
        caller.RequireOwnBank(bankCode);
        var today = clock.Today;
        var consent = LoanInput.Required(request.ConsentReference, "consent_reference", "借款人授权书编号（consent_reference）");
        var borrower = LoanInput.Borrower(request.Borrower, "borrower", today, borrowers);
        var region = LoanInput.Region(request.Region, "region");
        var issueDate = LoanInput.Date(request.IntendedIssueDate, "intended_issue_date");
        var amount = LoanInput.Amount(request.RequestedAmount, "requested_amount");
        foreach (var (partner, i) in request.PartnerIdNumbers.Select((p, i) => (p, i)))
        {
            LoanInput.Person(partner, $"partner_id_numbers[{i}]", today);
        }

        var purpose = string.IsNullOrWhiteSpace(request.Purpose) ? DefaultQueryPurpose : request.Purpose.Trim();
        var guarantors = LoanInput.Guarantors(request.Guarantors, issueDate);
        return eligibility.AnswerAsync(
            new BankQuery(caller, bankCode, borrower, region, issueDate, amount, consent, purpose, guarantors, Staffing(request.Staffing)),
            context.CancellationToken);
    }

    /// <summary>Public 自助测算: anyone, no token; the facts are the person's statements, the rules the bank's and the counter's.</summary>
    public override Task<V1.LoanSelfCheck> CheckLoan(V1.LoanSelfCheckRequest request, ServerCallContext context) =>
        Task.FromResult(selfCheck.Check(request));

    /// <summary>查询授权 online: the signed-in person names a bank and the last day it may ask.</summary>
    public override Task<V1.QueryConsent> GrantQueryConsent(V1.GrantQueryConsentRequest request, ServerCallContext context) =>
        consents.GrantAsync(callers.Resolve(context), request, context.CancellationToken);

    /// <summary>A signed paper consent, recorded by a counter of the borrower's region.</summary>
    public override Task<V1.QueryConsent> RecordPaperConsent(V1.RecordPaperConsentRequest request, ServerCallContext context) =>
        consents.RecordPaperAsync(callers.Resolve(context), request, LoanInput.Borrower(request.Borrower, "borrower", clock.Today, borrowers), context.CancellationToken);

    public override Task<V1.QueryConsent> WithdrawQueryConsent(V1.WithdrawQueryConsentRequest request, ServerCallContext context) =>
        consents.WithdrawAsync(callers.Resolve(context), request, LoanInput.Required(request.ConsentId, "consent_id", "查询授权编号（consent_id）"), context.CancellationToken);

    public override Task<V1.ListMyQueryConsentsResponse> ListMyQueryConsents(V1.ListMyQueryConsentsRequest request, ServerCallContext context) =>
        consents.ListMineAsync(callers.Resolve(context), request.Page, context.CancellationToken);

    public override Task<V1.ListLoanBanksResponse> ListLoanBanks(V1.ListLoanBanksRequest request, ServerCallContext context) =>
        Task.FromResult(consents.Banks());

    /// <summary>Who asked about a borrower (the counter shows a person who looked them up).</summary>
    public override Task<V1.ListEligibilityQueriesResponse> ListEligibilityQueries(V1.ListEligibilityQueriesRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var borrower = LoanInput.Borrower(request.Borrower, "borrower", clock.Today, borrowers);
        return eligibility.ListAboutAsync(caller, borrower, request.Page, context.CancellationToken);
    }

    /// <summary>Takes an application at the counter or online (已受理), judged as the bank's query would judge it.</summary>
    public override async Task<V1.LoanApplication> SubmitApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        return await desk.SubmitAsync(caller, await stated.ToSubmitAsync(request, caller, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<V1.LoanApplication> PreviewApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        return await desk.PreviewAsync(caller, await stated.ToSubmitAsync(request, caller, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>Public: each kind of borrower's application as a form, for a counter's screen to render.</summary>
    public override Task<Common.V1.FormDescriptions> DescribeApplicationForms(Common.V1.DescribeFormsRequest request, ServerCallContext context) =>
        Task.FromResult(forms.Describe());

    public override Task<V1.LoanApplication> TransitionApplication(V1.TransitionApplicationRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        var id = LoanInput.Required(request.ApplicationId, "application_id", "申请编号");
        if (request.To is V1.ApplicationState.Unspecified || !Enum.IsDefined(request.To))
        {
            throw RpcErrors.Invalid("to", "请选择目标状态。");
        }

        return desk.MoveAsync(clerk, id, request.ExpectedVersion, request.To, request.ReasonZh, request.IdempotencyKey, request, context.CancellationToken);
    }

    public override Task<V1.LoanApplication> GetApplication(V1.GetApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var id = LoanInput.Required(request.ApplicationId, "application_id", "申请编号");
        return desk.GetAsync(caller, id, context.CancellationToken);
    }

    public override Task<V1.ListApplicationsResponse> ListApplications(V1.ListApplicationsRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var references = request.BorrowerIdNumber.Length > 0
            ? borrowers.Candidates(BorrowerKeyKind.IdNumber, LoanInput.Person(request.BorrowerIdNumber, "borrower_id_number", clock.Today).Value)
            : null;
        var state = request.State != V1.ApplicationState.Unspecified ? request.State : (V1.ApplicationState?)null;
        return desk.ListAsync(caller, LoanInput.Optional(request.BankCode), state, references, request.Page, context.CancellationToken);
    }

    /// <summary>
    /// The bank reports an issued loan: idempotent on bank code + contract number; it rests on a
    /// counter's application sent to this bank or this bank's eligibility answer; caps and the share
    /// are those in force on the issue date.
    /// </summary>
    public override Task<V1.Loan> RegisterLoan(V1.RegisterLoanRequest request, ServerCallContext context)
    {
        var terms = request.Terms ?? throw RpcErrors.Invalid("terms", "请填写贷款合同要素（terms）。");
        var bankCode = LoanInput.BankCode(terms.Contract?.BankCode ?? "", "terms.contract.bank_code");
        var bank = callers.Resolve(context);
        bank.RequireOwnBank(bankCode);
        var contract = LoanInput.Required(terms.Contract!.ContractNumber, "terms.contract.contract_number", "借款合同编号");
        var borrower = LoanInput.Borrower(terms.Borrower, "terms.borrower", clock.Today, borrowers);
        var region = LoanInput.Region(terms.Region, "terms.region");
        var productId = LoanInput.Required(terms.ProductId, "terms.product_id", "贷款产品（product_id）");
        var principal = LoanInput.Amount(terms.Principal, "terms.principal");
        var subsidised = LoanInput.NonNegativeAmount(terms.SubsidisedPrincipal, "terms.subsidised_principal");
        if (subsidised > principal)
        {
            throw RpcErrors.Invalid("terms.subsidised_principal", $"贴息部分 {ClerkText.Yuan(subsidised)} 不能超过贷款本金 {ClerkText.Yuan(principal)}。");
        }

        var rate = MessageValues.RatioToPercent(terms.ContractRate);
        if (rate <= 0 || rate >= 100)
        {
            throw RpcErrors.Invalid("terms.contract_rate", "请填写合同年利率（百万分比，如 3.45% 填 34500）。");
        }

        if (terms.DayCountBasis is < 0 or > 366)
        {
            throw RpcErrors.Invalid("terms.day_count_basis", "计息天数基准应为 360 或 365（0 表示按政策默认 360 天）。");
        }

        var issueDate = LoanInput.Date(terms.IssueDate, "terms.issue_date");
        var maturity = LoanInput.Date(terms.MaturityDate, "terms.maturity_date");
        var termMonths = LoanInput.TermMonths(issueDate, maturity);
        if (terms.RepaymentMethod is V1.RepaymentMethod.Unspecified || !Enum.IsDefined(terms.RepaymentMethod))
        {
            throw RpcErrors.Invalid("terms.repayment_method", "请选择还款方式：等额本息，或按月付息、到期还本。");
        }

        var loanTerms = new LoanTerms(
            bankCode, contract, region, principal, subsidised, rate, issueDate, termMonths,
            (RepaymentMethod)((int)terms.RepaymentMethod - 1), terms.DayCountBasis > 0 ? terms.DayCountBasis : null);
        return registrations.RegisterAsync(
            bank,
            new LoanToRegister(borrower, productId, loanTerms, LoanInput.Optional(terms.ApplicationId), LoanInput.Optional(request.AnswerId)),
            context.CancellationToken);
    }

    public override Task<V1.Loan> RecordRepayment(V1.RecordRepaymentRequest request, ServerCallContext context)
    {
        var repayment = request.Repayment ?? throw RpcErrors.Invalid("repayment", "请填写还款信息。");
        var paidOn = LoanInput.Date(repayment.PaidOn, "repayment.paid_on");
        var principal = LoanInput.NonNegativeAmount(repayment.Principal, "repayment.principal");
        var interest = LoanInput.NonNegativeAmount(repayment.Interest, "repayment.interest");
        if (principal == 0 && interest == 0 && !request.SettlesLoan)
        {
            throw RpcErrors.Invalid("repayment", "还款本金和利息不能同时为零。");
        }

        return reports.RepayAsync(
            callers.Resolve(context), LoanInput.Loan(request.Loan), Change(request.ExpectedVersion, request.IdempotencyKey, request),
            paidOn, principal, interest, request.SettlesLoan, context.CancellationToken);
    }

    /// <summary>展期 (R8): one extension of at most the catalog's years, requested while a policy accepts requests.</summary>
    public override Task<V1.Loan> RequestExtension(V1.RequestExtensionRequest request, ServerCallContext context)
    {
        var requestedOn = LoanInput.Date(request.RequestedOn, "requested_on");
        var newMaturity = LoanInput.Date(request.NewMaturityDate, "new_maturity_date");
        var reason = LoanInput.Required(request.ReasonZh, "reason_zh", "展期原因（自然灾害、重特大突发事件及其影响）");
        return reports.ExtendAsync(
            callers.Resolve(context), LoanInput.Loan(request.Loan), Change(request.ExpectedVersion, request.IdempotencyKey, request),
            requestedOn, newMaturity, reason, context.CancellationToken);
    }

    /// <summary>An overdue spell (逾期): opened with no end, closed (cured) by sending it again with its end.</summary>
    public override Task<V1.Loan> RecordOverdue(V1.RecordOverdueRequest request, ServerCallContext context)
    {
        var from = LoanInput.Date(request.Period?.From, "period.from");
        var until = LoanInput.OptionalDate(request.Period?.Until, "period.until");
        if (until is { } u && u < from)
        {
            throw RpcErrors.Invalid("period", $"逾期结束日 {ClerkText.Day(u)} 早于开始日 {ClerkText.Day(from)}。");
        }

        return reports.ReportOverdueAsync(
            callers.Resolve(context), LoanInput.Loan(request.Loan), Change(request.ExpectedVersion, request.IdempotencyKey, request),
            from, until, context.CancellationToken);
    }

    public override Task<V1.Loan> GetLoan(V1.GetLoanRequest request, ServerCallContext context) =>
        reads.GetAsync(callers.Resolve(context), LoanInput.Loan(request.Loan), context.CancellationToken);

    /// <summary>Loans in id order (registration order), a page at a time: a bank's own, a counter's region's.</summary>
    public override Task<V1.ListLoansResponse> ListLoans(V1.ListLoansRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var references = request.BorrowerIdNumber.Length > 0
            ? borrowers.Candidates(BorrowerKeyKind.IdNumber, LoanInput.Person(request.BorrowerIdNumber, "borrower_id_number", clock.Today).Value)
            : null;
        var status = request.Status != V1.LoanStatus.Unspecified ? (LoanStatus)(int)request.Status : (LoanStatus?)null;
        return reads.ListAsync(caller, new LoanFilter(LoanInput.Optional(request.BankCode), status, references), request.Page, context.CancellationToken);
    }

    /// <summary>A loan's ledger day by day (R6), for a bank (its own loans) or a counter (its region).</summary>
    public override Task<V1.LoanSubsidyLedger> GetLoanSubsidyLedger(V1.GetLoanSubsidyLedgerRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var from = LoanInput.Date(request.Period?.From, "period.from");
        var until = LoanInput.Date(request.Period?.Until, "period.until");
        if (until < from || until.DayNumber - from.DayNumber + 1 > MaxLedgerDays)
        {
            throw RpcErrors.Invalid("period", $"账期须从 {ClerkText.Day(from)} 起、不早于起始日，且不超过 {MaxLedgerDays} 天。");
        }

        return reads.LedgerAsync(caller, LoanInput.Loan(request.Loan), from, until, context.CancellationToken);
    }

    /// <summary>A preview of a quarter's claim from the ledger (R6); nothing is stored.</summary>
    public override Task<V1.InterestSubsidyClaim> ComputeInterestSubsidyClaim(V1.ComputeInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var bankCode = LoanInput.BankCode(request.BankCode, "bank_code");
        callers.Resolve(context).RequireOwnBank(bankCode);
        return claims.PreviewAsync(bankCode, request.Year, request.Quarter, request.LoanIds, context.CancellationToken);
    }

    /// <summary>Submits a quarter's claim once the quarter has ended; one per bank and quarter, a rejected one again.</summary>
    public override Task<V1.InterestSubsidyClaim> SubmitInterestSubsidyClaim(V1.SubmitInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var bankCode = LoanInput.BankCode(request.BankCode, "bank_code");
        var bank = callers.Resolve(context);
        bank.RequireOwnBank(bankCode);
        return claims.SubmitAsync(bank, bankCode, request.Year, request.Quarter, request, context.CancellationToken);
    }

    /// <summary>The counter approves or rejects a submitted claim (a rejection needs a reason).</summary>
    public override Task<V1.InterestSubsidyClaim> DecideInterestSubsidyClaim(V1.DecideInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        var id = LoanInput.Required(request.ClaimId, "claim_id", "贴息申请编号");
        return claims.DecideAsync(clerk, id, request.ExpectedVersion, request.Approve, request.ReasonZh, request, context.CancellationToken);
    }

    public override Task<V1.InterestSubsidyClaim> GetInterestSubsidyClaim(V1.GetInterestSubsidyClaimRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var id = LoanInput.Required(request.ClaimId, "claim_id", "贴息申请编号");
        return claims.GetAsync(caller, id, context.CancellationToken);
    }

    private static LoanChange Change(long expectedVersion, string idempotencyKey, Google.Protobuf.IMessage request) => new(expectedVersion, idempotencyKey, request);

    private static EnterpriseStaffing? Staffing(V1.EnterpriseStaffing? staffing) =>
        staffing is null ? null : new EnterpriseStaffing(staffing.CurrentStaff, staffing.QualifyingNewHiresThisYear);

}
