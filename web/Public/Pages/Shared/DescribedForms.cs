using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;

namespace Employment.Web.Public.Pages.Shared;

/// <summary>The forms the subsidy services describe, each beside its service, and the services that could not say.</summary>
public sealed record DescribedList(IReadOnlyList<(SubsidyService Service, FormDescription Form)> Forms, IReadOnlyList<ServiceProblem> Problems)
{
    public static DescribedList Empty { get; } = new([], []);
}

/// <summary>
/// The forms every subsidy service describes through the lifecycle's shared contract: its self-checks
/// (<c>DescribeSelfChecks</c>) and its applications (<c>DescribeApplicationForms</c>). A service's forms change only
/// when it is deployed: a service's answer is kept for <see cref="PublicSiteOptions.SelfCheckFormsKept"/>, so a page
/// view does not ask every service again, and a service that could not say is asked again the next time.
/// </summary>
public sealed class DescribedForms(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases, IMemoryCache kept, PublicSiteOptions options)
{
    public Task<DescribedList> SelfChecksAsync(CancellationToken cancellation) =>
        ListAsync("self-check-forms", async (c, o) => await c.DescribeSelfChecksAsync(new DescribeSelfChecksRequest(), o), cancellation);

    /// <summary>The application forms, each asking the 申报材料 its service's catalog lists where the applicant applies (<paramref name="regionCode"/>; none without one).</summary>
    public Task<DescribedList> ApplicationsAsync(CancellationToken cancellation, string regionCode = "") =>
        ListAsync($"application-forms:{regionCode}", async (c, o) => await c.DescribeApplicationFormsAsync(new DescribeApplicationFormsRequest { RegionCode = regionCode }, o), cancellation);

    private async Task<DescribedList> ListAsync(string what, Func<SubsidyCases.SubsidyCasesClient, CallOptions, Task<FormDescriptions>> describe, CancellationToken cancellation)
    {
        string KeyOf(SubsidyService service) => $"{what}:{service.Name}";
        var known = cases.Services.Select(s => (Service: s, Forms: kept.Get<FormDescriptions>(KeyOf(s)))).ToList();
        var asked = await calls.CallEachAsync(cases, known.Where(k => k.Forms is null).Select(k => k.Service), describe, cancellation);
        foreach (var (service, answer) in asked.Where(a => a.Answer.Value is not null))
        {
            kept.Set(KeyOf(service), answer.Value, options.SelfCheckFormsKept);
        }

        var forms = known.Select(k => (k.Service, Forms: k.Forms ?? asked.First(a => a.Service == k.Service).Answer.Value));
        return new(
            [.. forms.SelectMany(f => f.Forms?.Forms.Select(form => (f.Service, form)) ?? [])],
            [.. asked.Select(a => a.Answer.Problem).OfType<ServiceProblem>()]);
    }
}
