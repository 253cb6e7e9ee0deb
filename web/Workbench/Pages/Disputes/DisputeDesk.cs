using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Disputes;

/// <summary>纠错 at the window: the office's disputes waiting, oldest first, and what the last settlement did.</summary>
public sealed record DisputesView(ServiceAnswer<ListFactDisputesResponse> Waiting, string IdempotencyKey, FactDispute? Settled, ServiceProblem? Refusal, string RefusedId);

/// <summary>
/// 登记信息纠错 on the workbench: the disputes of the clerk's region waiting (<c>ListFactDisputes</c>), each with the fact as
/// recorded, what the person says and their evidence; the clerk corrects the fact in the person's window (the existing
/// correction) and then settles it as corrected, or refuses it with a reason the person reads (<c>SettleFactDispute</c>).
/// The registry refuses a settlement as corrected while the fact is unchanged.
/// </summary>
public sealed class DisputeDesk(ServiceCalls calls)
{
    public static string Path => $"{WorkbenchOptions.PathBase}/disputes";

    public static string SettlePathOf(string disputeId) => $"{Path}/{Uri.EscapeDataString(disputeId)}";

    public static string EvidencePathOf(string disputeId, string materialId) => $"{Path}/{Uri.EscapeDataString(disputeId)}/evidence/{Uri.EscapeDataString(materialId)}";

    private const string RegistryZh = RegistryReads.PeopleZh;

    public async Task<DisputesView> LoadAsync(CancellationToken cancellationToken) =>
        new(await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, ListFactDisputesResponse>(RegistryZh,
            async (c, o) => await c.ListFactDisputesAsync(new ListFactDisputesRequest { Page = new PageRequest { PageSize = 100 } }, o), cancellationToken), ScreenKeys.New(), null, null, "");

    /// <summary>办结: corrected, or refused with the reason; the queue read again, with the refusal by its dispute.</summary>
    public async Task<DisputesView> SettleAsync(string disputeId, IFormCollection posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var corrected = posted["outcome"] == "corrected";
        var reason = posted["reason"].ToString();
        var settled = await calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, FactDispute>(RegistryZh,
            async (c, o) => await c.SettleFactDisputeAsync(new SettleFactDisputeRequest { IdempotencyKey = ScreenKeys.Of(posted), DisputeId = disputeId, Corrected = corrected, ReasonZh = reason }, o), cancellationToken);
        var view = await LoadAsync(cancellationToken);
        return settled.Value is { } done ? view with { Settled = done } : view with { Refusal = settled.Problem, RefusedId = disputeId };
    }

    public Task<ServiceAnswer<MaterialContent>> EvidenceAsync(string disputeId, string materialId, CancellationToken cancellationToken) =>
        calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, MaterialContent>(RegistryZh,
            async (c, o) => await c.GetFactDisputeEvidenceAsync(new GetFactDisputeEvidenceRequest { DisputeId = disputeId, MaterialId = materialId }, o), cancellationToken);
}
