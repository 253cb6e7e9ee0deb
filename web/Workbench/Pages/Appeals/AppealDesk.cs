using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Web.Kit.Forms;
using Employment.Web.Workbench.Pages.Apply;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Appeals;

/// <summary>One appeal waiting, with its service and where its decision is read.</summary>
public sealed record WaitingAppeal(SubsidyService Service, Appeal Appeal, string? DecisionPath);

/// <summary>申诉 at the window: the office's appeals waiting in every service, the one just settled (its letter), or why it was refused.</summary>
public sealed record AppealsView(IReadOnlyList<WaitingAppeal> Waiting, IReadOnlyList<ServiceProblem> Problems, Appeal? Settled, ServiceProblem? Refusal, string RefusedId)
{
    /// <summary>Where the settled appeal's record is decided again, once set aside.</summary>
    public string? SettledDecisionPath { get; init; }
}

/// <summary>
/// 申诉复查 on the workbench, for every service through the lifecycle's shared steps (<c>ListAppeals</c>,
/// <c>SettleAppeal</c>): the office's open appeals oldest first with the applicant's reasons, the decision and its
/// 办结时限; a clerk who neither made nor reviewed the decision keeps it or sets it aside with findings the applicant
/// reads, and prints the 申诉复查意见书. The service refuses the clerk who made the decision; the screen says so first.
/// </summary>
public sealed class AppealDesk(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, ApplicationDesks desks)
{
    public static string Path => $"{WorkbenchOptions.PathBase}/appeals";

    public static string SettlePathOf(string service, string appealId) => $"{Path}/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(appealId)}";

    public async Task<AppealsView> LoadAsync(CancellationToken cancellationToken)
    {
        var answers = await calls.CallEachAsync(cases, cases.Services,
            async (c, o) => await c.ListAppealsAsync(new ListAppealsRequest { OpenOnly = true }, o), cancellationToken);
        var waiting = answers
            .SelectMany(a => (a.Answer.Value?.Appeals ?? []).Select(appeal => new WaitingAppeal(a.Service, appeal,
                DecisionPathOf(a.Service.Name, appeal.Reference))))
            .OrderBy(w => w.Appeal.FiledAt.ToDateTimeOffset())
            .ToList();
        return new(waiting, [.. answers.Select(a => a.Answer.Problem).OfType<ServiceProblem>()], null, null, "");
    }

    private string? DecisionPathOf(string service, string reference) =>
        desks.All.FirstOrDefault(d => d.ServiceName == service)?.DecisionPathOf(reference);

    /// <summary>维持原决定 or 撤销原决定 with the findings; the queue read again, with the letter or the refusal by its appeal.</summary>
    public async Task<AppealsView> SettleAsync(string service, string appealId, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var request = new SettleAppealRequest
        {
            AppealId = appealId,
            IdempotencyKey = ScreenKeys.Of(posted),
            SetAside = posted["outcome"] == "set-aside",
            FindingsZh = posted["findings"].ToString(),
        };
        var settled = await calls.CallAsync(cases, service, "没有这项业务的申诉。",
            async (c, o) => await c.SettleAppealAsync(request, o), cancellationToken);
        var view = await LoadAsync(cancellationToken);
        return settled.Value is { } done
            ? view with { Settled = done, SettledDecisionPath = DecisionPathOf(service, done.Reference) }
            : view with { Refusal = settled.Problem, RefusedId = appealId };
    }
}
