using Employment.Applicants.V1;
using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>An employer's window: the registry's record and facts (each with its source), and its hiring-subsidy claims.</summary>
public sealed record EmployerWindowView(string EmployerId, ServiceAnswer<EmployerProfile> Profile, ServiceAnswer<Hiring.V1.ListClaimsResponse>? Claims, Apply.ApplyLinks? Kinds, Apply.KindNames? Names, ServiceAnswer<IReadOnlyList<FormDescription>>? FactForms, ServiceAnswer<OwedView>? Owed = null)
{
    /// <summary>A fact's kind as the registry's form names it.</summary>
    public string NameOf(EmployerFact fact) => FactForms?.Value?.FirstOrDefault(f => f.Kind == FactDesk.KindOf(fact))?.NameZh ?? "其他情况";

    /// <summary>来源不一致: agency records that replaced what was stated before, open for the clerk to look at.</summary>
    public ServiceAnswer<ListFactConflictsResponse>? Conflicts { get; init; }

    public IEnumerable<EmployerFact> Facts => (IEnumerable<EmployerFact>?)Profile.Value?.Facts.OrderBy(f => f.Superseded) ?? [];
}

/// <summary>一窗受理 for an employer: the registry's profile read with the clerk's token and purpose, and its claims in hiring-subsidies.</summary>
public sealed class EmployerWindow(ServiceCalls calls, Apply.ApplicationDesks desks, FactDesk facts, OwedReads owed, FactConflictsDesk conflicts)
{
    public static string PathOf(string employerId) => $"{WorkbenchOptions.PathBase}/employers/{Uri.EscapeDataString(employerId)}";

    public async Task<EmployerWindowView> LoadAsync(string employerId, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        var key = new EmployerKey { EmployerId = employerId };
        var profile = calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, EmployerProfile>(RegistryReads.EmployersZh,
            (client, options) => client.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = key, Purpose = PersonWindow.Purpose }, options).ResponseAsync, cancellationToken);
        var claims = calls.CallAsync<Hiring.V1.HiringSubsidies.HiringSubsidiesClient, Hiring.V1.ListClaimsResponse>("就业补贴",
            (client, options) => client.ListClaimsAsync(new Hiring.V1.ListClaimsRequest { Employer = key, Page = new PageRequest { PageSize = 50 }, WithoutExplanations = true }, options).ResponseAsync, cancellationToken);
        var owing = owed.ForAsync(employer: true, employerId, clerk.OfficeRegion, cancellationToken);
        var disagreeing = conflicts.OpenAsync(employer: true, employerId, cancellationToken);
        var found = await profile;
        return found.Value is null
            ? new(employerId, found, null, null, null, null)
            : new(employerId, found, await claims, await Apply.ApplyLinks.ForAsync(desks, employer: true, cancellationToken), await desks.NamesAsync(cancellationToken), await facts.FormsAsync(employer: true, cancellationToken), await owing)
            {
                Conflicts = await disagreeing,
            };
    }
}
