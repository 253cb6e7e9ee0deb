using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>
/// Profiles for other services: a person's without the whole identity number (the birth date is in
/// it), an employer's; each read is logged with the calling service and its purpose before it is
/// handed out.
/// </summary>
internal sealed class ProfileReading(ApplicantsDbContext db, VisibleSubjects subjects, ProfileAccessLog accessLog, ChinaClock clock)
{
    public async Task<PersonProfile> PersonProfileAsync(PersonKey? key, string purpose, Caller caller, CancellationToken cancellationToken)
    {
        var (person, facts) = await subjects.PersonWithFactsAsync(key, RegionScope.Of(caller), cancellationToken);
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

    /// <summary>The service's name for a service token; otherwise role and subject, so a clerk's read is told apart.</summary>
    internal static string Reader(Caller caller) =>
        caller.Role == CallerRole.Service ? caller.Subject : $"{TokenClaims.RoleName(caller.Role)}:{caller.Subject}";
}
