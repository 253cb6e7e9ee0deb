using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>
/// 代为撤回 at the counter, for every service through the lifecycle's shared step: an applicant who asks in writing to
/// withdraw an undecided record has it withdrawn by the clerk, who writes down why (the applicant reads it) and confirms
/// having checked the written request; the service decides whether it is of the clerk's region and still undecided.
/// </summary>
public sealed class CounterWithdrawal(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public const string ReasonField = "reason";
    public const string ConfirmedField = "confirmed";

    public static string PathOf(string service, string reference) =>
        $"{WorkbenchOptions.PathBase}/withdraw/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(reference)}";

    /// <summary>确认撤回: the refusal (the clerk's own, or the service's in its words), or null once withdrawn.</summary>
    public async Task<ServiceProblem?> WithdrawAsync(string service, string reference, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var serviceZh = cases.Services.FirstOrDefault(s => s.Name == service)?.RecordsZh ?? service;
        if (form[ConfirmedField] != "yes")
        {
            return ServiceProblem.Refused(serviceZh, "请先核对申请人的书面撤回申请，并勾选“已核对”后再撤回。");
        }

        var request = new WithdrawRequest { Reference = reference, IdempotencyKey = ScreenKeys.Of(form), ReasonZh = form[ReasonField].ToString() };
        var answer = await calls.CallAsync(cases, service, "这项业务暂不能代为撤回。",
            (c, o) => c.WithdrawAsync(request, o).ResponseAsync, cancellationToken);
        return answer.Problem;
    }
}
