using Employment.Applicants.V1;
using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Window;

/// <summary>A person's window: the registry's record and facts (each with its source), and what they applied for in each service.</summary>
public sealed record PersonWindowView(
    string PersonId,
    ServiceAnswer<PersonProfile> Profile,
    ServiceAnswer<Person> Person,
    ServiceAnswer<Training.V1.ListApplicationsResponse>? Training,
    ServiceAnswer<Loans.V1.ListApplicationsResponse>? Loans,
    Apply.ApplyLinks? Kinds,
    Apply.KindNames? Names,
    ServiceAnswer<IReadOnlyList<FormDescription>>? FactForms,
    ServiceAnswer<OwedView>? Owed = null)
{
    /// <summary>求职简历: the person's job-seeker registration as the person wrote it, whole (their office always sees it).</summary>
    public ServiceAnswer<Jobs.V1.Resume>? Resume { get; init; }

    /// <summary>来源不一致: agency records that replaced what was stated before, open for the clerk to look at.</summary>
    public ServiceAnswer<ListFactConflictsResponse>? Conflicts { get; init; }

    /// <summary>A fact's kind as the registry's form names it.</summary>
    public string NameOf(PersonFact fact) => FactForms?.Value?.FirstOrDefault(f => f.Kind == FactDesk.KindOf(fact))?.NameZh ?? "其他情况";

    /// <summary>Facts in force first, then those a correction replaced, each kind together.</summary>
    public IEnumerable<PersonFact> Facts => (IEnumerable<PersonFact>?)Profile.Value?.Facts.OrderBy(f => f.Superseded).ThenBy(f => f.Kind) ?? [];
}

/// <summary>
/// 一窗受理 for a person: the registry's record read with the clerk's token and the purpose <see cref="Purpose"/> (the
/// registry keeps every read; the person can be shown who read their record and why), then every application of
/// theirs in training and loans and their 求职简历, each service answering within the clerk's office. A service that is down leaves its
/// part saying so; the rest of the window still shows.
/// </summary>
public sealed class PersonWindow(ServiceCalls calls, RegistryReads registry, Apply.ApplicationDesks desks, FactDesk facts, OwedReads owed, FactConflictsDesk conflicts)
{
    public const string Purpose = "counter.window";

    public static string PathOf(string personId) => $"{WorkbenchOptions.PathBase}/people/{Uri.EscapeDataString(personId)}";

    public async Task<PersonWindowView> LoadAsync(string personId, ClerkClaims clerk, CancellationToken cancellationToken)
    {
        var key = new PersonKey { PersonId = personId };
        var person = registry.PersonAsync(key, cancellationToken);
        var profile = calls.CallAsync<Applicants.V1.Applicants.ApplicantsClient, PersonProfile>(RegistryReads.PeopleZh,
            (client, options) => client.GetProfileAsync(new GetProfileRequest { Person = key, Purpose = Purpose }, options).ResponseAsync, cancellationToken);
        var training = calls.CallAsync<Training.V1.TrainingSubsidies.TrainingSubsidiesClient, Training.V1.ListApplicationsResponse>("培训补贴",
            (client, options) => client.ListApplicationsAsync(new Training.V1.ListApplicationsRequest { Person = key, Page = new PageRequest { PageSize = 50 }, WithoutExplanations = true }, options).ResponseAsync, cancellationToken);
        var owing = owed.ForAsync(employer: false, personId, clerk.OfficeRegion, cancellationToken);
        var resume = calls.CallAsync<Jobs.V1.JobsOnline.JobsOnlineClient, Jobs.V1.Resume>("求职登记",
            (client, options) => client.GetSeekerResumeAsync(new Jobs.V1.GetSeekerResumeRequest { PersonId = personId }, options).ResponseAsync, cancellationToken);
        var disagreeing = conflicts.OpenAsync(employer: false, personId, cancellationToken);
        var found = await person;
        if (found.Value is null)
        {
            return new(personId, await profile, found, null, null, null, null, null);
        }

        // The loans service knows a borrower by identity number (a bank's applicant may not be registered yet).
        var loans = await calls.CallAsync<Loans.V1.StartupLoans.StartupLoansClient, Loans.V1.ListApplicationsResponse>("创业担保贷款",
            (client, options) => client.ListApplicationsAsync(new Loans.V1.ListApplicationsRequest { BorrowerIdNumber = found.Value.IdNumber, Page = new PageRequest { PageSize = 50 } }, options).ResponseAsync, cancellationToken);
        return new(personId, await profile, found, await training, loans, await Apply.ApplyLinks.ForAsync(desks, employer: false, cancellationToken), await desks.NamesAsync(cancellationToken), await facts.FormsAsync(employer: false, cancellationToken), await owing)
        {
            Resume = await resume,
            Conflicts = await disagreeing,
        };
    }
}
