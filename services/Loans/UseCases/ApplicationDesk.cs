using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Persistence.Payments;
using Employment.Loans.Domain.Applications;
using Employment.Loans.Domain.Eligibility;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Reviews;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>An application as the counter takes it, validated.</summary>
internal sealed record ApplicationToSubmit(
    BorrowerKey Borrower,
    Region Region,
    string ProductId,
    string BankCode,
    long AmountFen,
    int TermMonths,
    DateOnly IssueDate,
    IReadOnlyList<ProposedGuarantor> Guarantors,
    V1.SubmitApplicationRequest Request)
{
    /// <summary>How it is received: at a counter, or online by the borrower.</summary>
    public Channel Channel { get; init; } = Channel.Counter;

    /// <summary>The registry's id of the enterprise borrowing online through its agent (whose 我的办事 shows it); empty otherwise.</summary>
    public string BorrowerEmployerId { get; init; } = "";
}

/// <summary>
/// Applications at the counter (<see cref="LoanApplication"/> holds their rules): taken and judged
/// as the bank's query would judge them, moved along their states, read by who may see them. Each
/// write is one transaction with its answer, idempotent on the clerk's key. A clerk the application names (the
/// borrower, a guarantor) or their own may neither take nor move it (回避); from the amount the configuration sets in
/// the region on the day (<see cref="SecondPersonKey"/>, R3), the guarantee is approved only once a second clerk allowed to
/// review, not the one who reviewed it (审核通过), moves it on, as 复核 is in the other services.
/// </summary>
internal sealed class ApplicationDesk(
    LoansDbContext db,
    ApplicationStore applications,
    QueryConsents consents,
    BorrowerAssessment assessment,
    IRecusal recusal,
    PolicyCatalog catalog,
    ChinaClock clock,
    ILogger<ApplicationDesk> logger)
{
    /// <summary>The catalog key of the amount from which 担保审批通过 needs a clerk other than the one who reviewed.</summary>
    public static readonly string SecondPersonKey = DecisionReviews.KeyOf("loans.application");

    /// <summary>Takes an application (已受理): the borrower's checks first, then the product's, kept with it.</summary>
    /// <remarks>
    /// The 查询码 is made inside the write and added to the answer after it is stored, so the stored
    /// answer a retry replays never holds it: it is told once, and the row keeps its hash.
    /// </remarks>
    public async Task<V1.LoanApplication> SubmitAsync(Caller clerk, ApplicationToSubmit request, CancellationToken cancellationToken)
    {
        (string Id, IssuedProgressCode Code)? issued = null;
        var answer = await IdempotentWrite.RunAsync(db, clock.Now, "SubmitApplication", clerk, request.Request.IdempotencyKey, request.Request, V1.LoanApplication.Parser, async () =>
        {
            await recusal.RequireUntiedAsync(clerk, LoanRecusal.What, LoanRecusal.Of(request), cancellationToken);
            var (eligible, eligibility, judged) = await JudgeAsync(clerk, request, cancellationToken);
            var now = clock.Now;
            var application = LoanApplication.Accept(
                Ids.New(Ids.Application), request.BankCode, request.Region.Code, request.ProductId, request.Borrower.Hash, request.AmountFen,
                eligible, eligibility, clerk.Subject, now);
            var details = ApplicationAnswers.Details(request, eligibility, eligible);
            if (request.Request.BankQueryConsent)
            {
                details.ConsentId = consents.WithApplication(request, application.Id, judged.PersonId, clerk);
            }

            var code = ProgressCodes.Issue();
            issued = (application.Id, code);
            applications.Add(application, request, judged.NameMasked, judged.PersonId, code.Stored, details, clerk.Subject, now);
            LoansLog.ApplicationTaken(logger, application.Id, clerk.Subject, application.BankCode, request.Borrower.Masked, application.ProductId, application.Eligible);
            return ApplicationAnswers.ToProto(application, details, applications.RecordOf(application));
        }, cancellationToken);
        // A retry that lost a race gets the winner's stored answer: its code is not ours to add.
        if (issued is { } ours && ours.Id == answer.ApplicationId)
        {
            answer.ProgressCode = ours.Code.Code;
        }

        return answer;
    }

    /// <summary>
    /// Judges an application as <see cref="SubmitAsync"/> would take it and answers it unstored: no id, no 查询码, no
    /// record; the borrower's and the product's checks as the clerk reads them before taking it.
    /// </summary>
    public async Task<V1.LoanApplication> PreviewAsync(Caller clerk, ApplicationToSubmit request, CancellationToken cancellationToken)
    {
        var (eligible, eligibility, _) = await JudgeAsync(clerk, request, cancellationToken);
        return ApplicationAnswers.Details(request, eligibility, eligible);
    }

    /// <summary>The borrower's checks first, then the chosen product's (its term within the product's longest).</summary>
    private async Task<(bool Eligible, Explanation Eligibility, Assessment Judged)> JudgeAsync(Caller clerk, ApplicationToSubmit request, CancellationToken cancellationToken)
    {
        var staffing = request.Request.Staffing is { } s ? new EnterpriseStaffing(s.CurrentStaff, s.QualifyingNewHiresThisYear) : null;
        var judged = await assessment.AssessAsync(
            db,
            new AssessmentRequest(clerk, request.Borrower, request.Region, request.IssueDate, request.AmountFen, request.Guarantors, staffing, "loans.application"),
            cancellationToken);
        var offer = judged.Offers.FirstOrDefault(o => o.ProductId == request.ProductId)
            ?? throw DomainRuleException.Invalid("product_id",
                $"未知或当日不适用的贷款产品“{PlainText.Quote(request.ProductId)}”。{ClerkText.Day(request.IssueDate)} 可选：{string.Join("、", judged.Offers.Select(o => o.ProductId))}。");
        if (offer.MaxTermMonths is { } maxTerm && request.TermMonths > maxTerm)
        {
            throw DomainRuleException.Invalid("term_months", $"贷款期限 {request.TermMonths} 个月超过该产品的最长期限 {maxTerm} 个月。");
        }

        var eligibility = offer.Explanation.Clone();
        eligibility.Checks.Clear();
        eligibility.Checks.AddRange(judged.Common.Checks);
        eligibility.Checks.AddRange(offer.Explanation.Checks);
        return (offer.Eligible, eligibility, judged);
    }

    /// <summary>A clerk moves an application: the version read, the allowed moves, the reason where one is needed.</summary>
    public Task<V1.LoanApplication> MoveAsync(Caller clerk, string id, long expectedVersion, V1.ApplicationState to, string reason, string idempotencyKey, Google.Protobuf.IMessage request, CancellationToken cancellationToken)
    {
        LoanApplication.RequireReason(to, reason);
        return IdempotentWrite.RunAsync(db, clock.Now, "TransitionApplication", clerk, idempotencyKey, request, V1.LoanApplication.Parser, async () =>
        {
            var application = await applications.FindAsync(id, forChange: true, cancellationToken)
                ?? throw DomainRuleException.NotFound("贷款申请", id);
            clerk.RequireVisible(LoanRecusal.What, id, application.BankCode, application.Region);
            await recusal.RequireUntiedAsync(clerk, LoanRecusal.What, LoanRecusal.Of(applications.RecordOf(application)), cancellationToken);
            application.RequireVersion(expectedVersion);
            if (ApplicationStates.TowardsIssue(to))
            {
                await db.RequireNotHeldAsync(ApplicationPaymentHolds.What, [application.Id], cancellationToken);
            }

            if (to == V1.ApplicationState.GuaranteeApproved
                && DecisionReviews.Threshold(catalog, SecondPersonKey, Region.Parse(application.Region), clock.Today, application.AmountFen) is not null)
            {
                clerk.RequireReviewerOf(application.History.Where(m => m.To == V1.ApplicationState.Reviewed).Select(m => m.Actor).ToList());
            }

            var from = application.State;
            var now = clock.Now;
            application.MoveTo(to, reason, clerk.Subject, now);
            applications.WriteBack(application, clerk.Subject, now);
            await db.SaveChangesAsync(cancellationToken);
            LoansLog.ApplicationMoved(logger, application.Id, from.ToString(), to.ToString(), clerk.Subject);
            return ApplicationAnswers.ToProto(application, applications.DetailsOf(application), applications.RecordOf(application));
        }, cancellationToken);
    }

    public async Task<V1.LoanApplication> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, forChange: false, cancellationToken)
            ?? throw DomainRuleException.NotFound("贷款申请", id);
        caller.RequireVisible("贷款申请", application.Id, application.BankCode, applications.OwnerOf(application), application.Region);
        return AsSeenBy(caller, ApplicationAnswers.ToProto(application, applications.DetailsOf(application), applications.RecordOf(application)));
    }

    /// <summary>A page of applications: a bank's own, a counter's region's, a person's own; by state and borrower when asked.</summary>
    public async Task<V1.ListApplicationsResponse> ListAsync(
        Caller caller, string? bankCode, V1.ApplicationState? state, IReadOnlyList<string>? borrowerReferences, PageRequest? page, CancellationToken cancellationToken)
    {
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireOwnBank(bankCode ?? caller.BankCode ?? "");
            bankCode = caller.BankCode;
        }

        var size = Pages.Size(page);
        var scope = RegionScope.Of(caller);
        var rows = await applications.PageAsync(bankCode, state, borrowerReferences, scope.OwnPersonId, Pages.After(page), Pages.FetchCount(size), cancellationToken);
        var (shown, next) = Pages.Take(rows.ToList(), size,
            a => scope.Shows(applications.OwnerOf(a), a.Region), a => a.Id);
        var response = new V1.ListApplicationsResponse { Page = next };
        response.Applications.AddRange(shown.Select(a => AsSeenBy(caller, ApplicationAnswers.ToProto(a, applications.DetailsOf(a), applications.RecordOf(a)))));
        return response;
    }

    /// <summary>A bank reads an application's judgement as its eligibility answer shows it: nothing of the borrower's registry profile.</summary>
    private static V1.LoanApplication AsSeenBy(Caller caller, V1.LoanApplication application)
    {
        if (caller.Role == CallerRole.Bank && application.Eligibility is { } judged)
        {
            application.Eligibility = BankDisclosure.Of(judged);
        }

        return application;
    }
}
