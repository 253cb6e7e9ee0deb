using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// 决定书 in 我的办事: the letter its service writes for the owner's decided record, with the owner's own token, through the
/// lifecycle's shared step; the service decides whether it is theirs (NOT_FOUND otherwise, as for no such record).
/// </summary>
public sealed class HallLetters(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public static string PathOf(string service, string reference) =>
        $"{PublicSiteOptions.HallPath}/letters/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(reference)}";

    /// <summary>The letter, or null for a service the hall does not know.</summary>
    public async Task<ServiceAnswer<DecisionLetter>?> GetAsync(string service, string reference, CancellationToken cancellation) =>
        cases.Services.Any(s => s.Name == service)
            ? await calls.CallAsync(cases, service, "决定书暂时无法查看，请稍后再试，或到人社服务窗口索取。",
                async (c, o) => await c.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = reference }, o), cancellation)
            : null;
}
