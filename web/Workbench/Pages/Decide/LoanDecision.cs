using Employment.Common.V1;
using Employment.Loans.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>A loan application to read and move along: the application, its kind's and product's names, and what the last move did.</summary>
public sealed record LoanDecisionView(
    ServiceAnswer<LoanApplication> Application,
    string KindZh,
    string ProductZh,
    string IdempotencyKey,
    string ReasonZh,
    ServiceProblem? MoveProblem,
    bool JustMoved)
{
    public static string PathOf(string applicationId) => $"{WorkbenchOptions.PathBase}/loans/{Uri.EscapeDataString(applicationId)}";

    /// <summary>The written decision of the office's review, once made (审核通过 or 不通过, and every state after an approval).</summary>
    public DecisionLetter? Letter { get; init; }

    /// <summary>The office's review is decided: refused, or approved and on with the guarantee agency or the bank.</summary>
    public bool Reviewed => Application.Value?.History.Any(m => m.To is ApplicationState.Reviewed or ApplicationState.Rejected) == true;

    /// <summary>The moves a counter clerk makes from the application's state, each as its button reads, and whether it needs a reason.</summary>
    public IReadOnlyList<(ApplicationState To, string ButtonZh, bool NeedsReason)> Moves => Application.Value?.State switch
    {
        ApplicationState.Accepted => [(ApplicationState.Reviewed, "审核通过", false), (ApplicationState.Rejected, "审核不通过", true), (ApplicationState.Withdrawn, "申请人撤回", true)],
        ApplicationState.Reviewed => [(ApplicationState.GuaranteeApproved, "担保审批通过", false), (ApplicationState.GuaranteeRejected, "担保审批不通过", true), (ApplicationState.Withdrawn, "申请人撤回", true)],
        ApplicationState.GuaranteeApproved => [(ApplicationState.SentToBank, "推送经办银行", false), (ApplicationState.Withdrawn, "申请人撤回", true)],
        ApplicationState.SentToBank => [(ApplicationState.Withdrawn, "申请人撤回", true)],
        _ => [],
    };
}

/// <summary>
/// 创业担保贷款 at the counter after 受理: the borrower's and the product's checks with their clauses, then 审核, 担保审批
/// and 推送银行 (the bank then registers the loan it issues), each a move the service allows from the state read, with the
/// reason a refusal or a withdrawal needs, on the version read and under the screen's key. A held application cannot move
/// towards issue: the service refuses it and the screen says why.
/// </summary>
public sealed class LoanDecision(ServiceCalls calls, Apply.ApplicationDesks desks, LetterStep letters)
{
    private const string LoansZh = "创业担保贷款";

    public async Task<LoanDecisionView> LoadAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = await ReadAsync(applicationId, cancellationToken);
        var (kind, product) = await NamesAsync(application.Value, cancellationToken);
        return await WithLetterAsync(new(application, kind, product, ScreenKeys.New(), "", null, false), cancellationToken);
    }

    public async Task<LoanDecisionView> MoveAsync(string applicationId, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var move = DecisionForm.Read(form, "办理意见");
        var to = Enum.TryParse<ApplicationState>(form["to"], out var state) && Enum.IsDefined(state) ? state : ApplicationState.Unspecified;
        var problem = move.ProblemZh ?? (to == ApplicationState.Unspecified ? "请选择办理结果。" : null);
        if (problem is not null)
        {
            return (await LoadAsync(applicationId, cancellationToken)) with { IdempotencyKey = move.IdempotencyKey, ReasonZh = move.ReasonZh, MoveProblem = ServiceProblem.Refused(LoansZh, problem) };
        }

        var moved = await calls.CallAsync<StartupLoans.StartupLoansClient, LoanApplication>(LoansZh,
            (client, options) => client.TransitionApplicationAsync(new TransitionApplicationRequest
            {
                IdempotencyKey = move.IdempotencyKey,
                ApplicationId = applicationId,
                ExpectedVersion = move.Version,
                To = to,
                ReasonZh = move.ReasonZh,
            }, options).ResponseAsync, cancellationToken);
        if (moved.Value is { } application)
        {
            var (kind, product) = await NamesAsync(application, cancellationToken);
            return await WithLetterAsync(new(moved, kind, product, ScreenKeys.New(), "", null, true), cancellationToken);
        }

        return (await LoadAsync(applicationId, cancellationToken)) with { IdempotencyKey = move.IdempotencyKey, ReasonZh = move.ReasonZh, MoveProblem = moved.Problem };
    }

    private Task<ServiceAnswer<LoanApplication>> ReadAsync(string applicationId, CancellationToken cancellationToken) =>
        calls.CallAsync<StartupLoans.StartupLoansClient, LoanApplication>(LoansZh,
            (client, options) => client.GetApplicationAsync(new GetApplicationRequest { ApplicationId = applicationId }, options).ResponseAsync, cancellationToken);

    /// <summary>The borrower kind's and the product's names as the service's own form gives them.</summary>
    private async Task<(string Kind, string Product)> NamesAsync(LoanApplication? application, CancellationToken cancellationToken)
    {
        if (application is null || desks.Find(Apply.LoanDesk.DeskName) is not { } desk)
        {
            return ("", "");
        }

        var kind = ContractNames.Of(application.Borrower?.Kind ?? BorrowerKind.Unspecified);
        var form = (await desks.FormsAsync(desk, cancellationToken)).Value?.Forms.FirstOrDefault(f => f.Kind == kind);
        var product = form?.Fields.FirstOrDefault(f => f.Path == "product_id")?.Choices.FirstOrDefault(c => c.Value == application.ProductId)?.NameZh;
        return (form?.NameZh ?? LoansZh, product ?? application.ProductId);
    }

    private async Task<LoanDecisionView> WithLetterAsync(LoanDecisionView view, CancellationToken cancellationToken) =>
        view with { Letter = await letters.ForAsync(ServiceDefaults.Clients.PlatformServices.Loans, view.Application.Value?.ApplicationId ?? "", view.Reviewed, cancellationToken) };
}
