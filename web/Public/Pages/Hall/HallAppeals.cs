using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// One record's decision its owner may appeal: the letter (none while a decision set aside is made again), the appeals
/// made about it (newest first), the form's key and text, and a refusal.
/// </summary>
public sealed record AppealView(string Service, string Reference, DecisionLetter? Letter, IReadOnlyList<Appeal> Appeals, string IdempotencyKey, string Reasons, ServiceProblem? Refusal)
{
    public string ActionPath => HallAppeals.PathOf(Service, Reference);

    public string KindZh => Letter?.KindZh ?? Appeals.FirstOrDefault()?.KindZh ?? "";

    /// <summary>An appeal still being looked at: no second one until it is settled.</summary>
    public Appeal? Open => Appeals.FirstOrDefault(a => a.State == AppealState.Open);

    /// <summary>Only a decision that refused anything may be appealed.</summary>
    public bool Appealable => Letter is { Outcome: not LetterOutcome.Approved } && Open is null;
}

/// <summary>
/// 申诉 in 我的办事, for every service through the lifecycle's shared steps: the decision as its letter states it, the
/// appeals made about it with their outcome letters, and the form to ask for the decision to be looked at again, with
/// the owner's own token; the service decides whether it is theirs, whether the period allows it and whether one is open.
/// </summary>
public sealed class HallAppeals(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public const string ReasonsField = "reasons";

    public static string PathOf(string service, string reference) =>
        $"{PublicSiteOptions.HallPath}/appeals/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(reference)}";

    /// <summary>The decision and its appeals; null (with the problem, when the service could not say) for none of the owner's.</summary>
    public async Task<(AppealView? View, ServiceProblem? Problem)> OpenAsync(string service, string reference, CancellationToken cancellation)
    {
        const string unknown = "申诉暂时无法办理，请稍后再试，或到人社服务窗口提出。";
        var letter = await calls.CallAsync(cases, service, unknown,
            async (c, o) => await c.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = reference }, o), cancellation);
        var appeals = await calls.CallAsync(cases, service, unknown,
            async (c, o) => await c.ListAppealsAsync(new ListAppealsRequest(), o), cancellation);
        if (appeals.Value is not { } mine)
        {
            return (null, appeals.Problem);
        }

        var about = mine.Appeals.Where(a => a.Reference == reference).ToList();
        // A decision set aside on appeal has no letter until it is made again: the appeals still show.
        return letter.Value is not null || (about.Count > 0 && letter.Problem is { Precondition: true })
            ? (new AppealView(service, reference, letter.Value, about, ScreenKeys.New(), "", null), null)
            : (null, letter.Problem is { NotFound: false } problem ? problem : null);
    }

    /// <summary>提交申诉: the view again, with the appeal filed or the service's refusal beside the text as typed.</summary>
    public async Task<AppealView> FileAsync(AppealView opened, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(posted);
        var reasons = posted[ReasonsField].ToString();
        var request = new FileAppealRequest { Reference = opened.Reference, IdempotencyKey = ScreenKeys.Of(posted), ReasonsZh = reasons };
        var filed = await calls.CallAsync(cases, opened.Service, "申诉暂时无法办理，请稍后再试，或到人社服务窗口提出。",
            async (c, o) => await c.FileAppealAsync(request, o), cancellation);
        return filed.Value is { } appeal
            ? opened with { Appeals = [appeal, .. opened.Appeals.Where(a => a.AppealId != appeal.AppealId)], Reasons = "" }
            : opened with { Reasons = reasons, Refusal = filed.Problem, IdempotencyKey = ScreenKeys.Of(posted) };
    }
}
