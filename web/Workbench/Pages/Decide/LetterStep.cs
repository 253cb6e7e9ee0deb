using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>
/// 决定书 on any decision screen, through the lifecycle's shared SubsidyCases: the letter the service writes for a decided
/// record, the same the applicant prints from 我的办事. A record not yet decided has none, and is not asked.
/// </summary>
public sealed class LetterStep(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public async Task<DecisionLetter?> ForAsync(string service, string reference, bool decided, CancellationToken cancellationToken) =>
        decided
            ? (await calls.CallAsync(cases, service, "决定书暂时无法生成，请稍后再试。",
                async (client, options) => await client.GetDecisionLetterAsync(new GetDecisionLetterRequest { Reference = reference }, options), cancellationToken)).Value
            : null;
}
