using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>One record its owner is asked to confirm withdrawing: what it is, as 我的办事 lists it, and its service.</summary>
public sealed record WithdrawView(SubsidyService Service, ApplicationProgress Record)
{
    public string ActionPath => HallWithdrawals.PathOf(Service.Name, Record.Reference);
}

/// <summary>
/// 撤回申请 in 我的办事, for every service through the lifecycle's shared step: the record its owner may still withdraw is
/// shown first (what is being withdrawn, and what follows), and only 确认撤回 withdraws it, with the owner's own token; the
/// owning service decides whether it is theirs and still undecided.
/// </summary>
public sealed class HallWithdrawals(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    /// <summary>The 我的办事 records read to find the one asked for (the owner's newest).</summary>
    private const int Listed = 100;

    public static string PathOf(string service, string reference) =>
        $"{PublicSiteOptions.HallPath}/withdraw/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(reference)}";

    /// <summary>The record to confirm, when it is the caller's and may still be withdrawn; else null (and the problem, when the service could not say).</summary>
    public async Task<(WithdrawView? View, ServiceProblem? Problem)> OpenAsync(string service, string reference, CancellationToken cancellation)
    {
        if (cases.Services.FirstOrDefault(s => s.Name == service) is not { } known)
        {
            return (null, null);
        }

        var mine = await calls.CallAsync(cases, service, "这项业务暂不能在网上撤回，请到人社服务窗口办理。",
            (c, o) => c.ListMineAsync(new ListMineRequest { Page = new PageRequest { PageSize = Listed } }, o).ResponseAsync, cancellation);
        var record = mine.Value?.Records.FirstOrDefault(r => r.Reference == reference && r.Withdrawable);
        return (record is null ? null : new WithdrawView(known, record), mine.Problem);
    }

    /// <summary>确认撤回: the refusal in the service's words, or null once withdrawn.</summary>
    public async Task<ServiceProblem?> WithdrawAsync(string service, string reference, CancellationToken cancellation)
    {
        // Withdrawing one record twice is one act: its key is the record's.
        var request = new WithdrawRequest { Reference = reference, IdempotencyKey = "withdraw-" + reference };
        var answer = await calls.CallAsync(cases, service, "这项业务暂不能在网上撤回，请到人社服务窗口办理。",
            (c, o) => c.WithdrawAsync(request, o).ResponseAsync, cancellation);
        return answer.Problem;
    }
}
