using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Options;

namespace Employment.Applicants.UseCases;

/// <summary>
/// Profiles for other services: a person's without the whole identity number (the birth date is in
/// it), an employer's; each read is logged with the calling service and its purpose before it is
/// handed out.
/// </summary>
internal sealed class ProfileReading(ApplicantsDbContext db, VisibleSubjects subjects, ProfileAccessLog accessLog, ChinaClock clock, IOptions<ReadPathOptions> options)
{
    public async Task<PersonProfile> PersonProfileAsync(PersonKey? key, string purpose, Caller caller, CancellationToken cancellationToken)
    {
        var (person, facts) = options.Value.JoinedProfileQuery
            ? await subjects.PersonWithFactsAsync(key, RegionScope.Of(caller), cancellationToken)
            : await TwoQueriesAsync(key, caller, cancellationToken);
        var profile = RecordMapping.ToProfile(person, facts, maskIdNumber: true);
        await accessLog.RecordAsync(SubjectTypes.Person, person.Id, Reader(caller), purpose, clock.Now, cancellationToken);
        return profile;
    }

    public async Task<EmployerProfile> EmployerProfileAsync(EmployerKey? key, string purpose, Caller caller, CancellationToken cancellationToken)
    {
        var employer = await subjects.EmployerAsync(key, RegionScope.Of(caller), cancellationToken);
        var facts = await db.CurrentFactsAsync(SubjectTypes.Employer, employer.Id, cancellationToken);
        var profile = RecordMapping.ToProfile(employer, facts);
        await accessLog.RecordAsync(SubjectTypes.Employer, employer.Id, Reader(caller), purpose, clock.Now, cancellationToken);
        return profile;
    }

    /// <summary>The earlier read, person then facts (kept for the benchmark's A/B leg).</summary>
    private async Task<PersonWithFacts> TwoQueriesAsync(PersonKey? key, Caller caller, CancellationToken cancellationToken)
    {
        var person = await subjects.PersonAsync(key, RegionScope.Of(caller), cancellationToken);
        return new PersonWithFacts(person, await db.CurrentFactsAsync(SubjectTypes.Person, person.Id, cancellationToken));
    }

    /// <summary>The service's name for a service token; otherwise role and subject, so a clerk's read is told apart.</summary>
    private static string Reader(Caller caller) =>
        caller.Role == CallerRole.Service ? caller.Subject : $"{TokenClaims.RoleName(caller.Role)}:{caller.Subject}";
}
