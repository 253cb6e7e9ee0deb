using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Decide;

/// <summary>
/// 复核 on any decision screen, through the lifecycle's shared SubsidyCases: the second clerk's confirmation or return
/// of an approval, on the version read; the service refuses the clerk who decided it. The screen reads its record again
/// to show what the review left.
/// </summary>
public sealed class ReviewStep(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    public Task<ServiceAnswer<SubsidyCase>> ReviewAsync(string service, string recordId, DecisionForm review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.ProblemZh is { } problem
            ? Task.FromResult(ServiceAnswer<SubsidyCase>.Failed(ServiceProblem.Refused(RecordsZh(service), problem)))
            : calls.CallAsync(cases, service, "这项业务不设复核。",
                async (client, options) => await client.ReviewDecisionAsync(review.ToRequest(recordId), options), cancellationToken);
    }

    /// <summary>What a clerk calls the service's records, as the services configured name them.</summary>
    private string RecordsZh(string service) => cases.Services.FirstOrDefault(s => s.Name == service)?.RecordsZh ?? service;
}
