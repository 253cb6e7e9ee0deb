using Employment.Common.V1;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.IdentityProvider.Citizens;

/// <summary>A person as the registry holds them: the id that becomes the token's subject, the name to compare, the phone the code goes to.</summary>
public sealed record RegisteredPerson(string PersonId, string Name, string Phone);

/// <summary>An employer a person may act for, as the registry says today.</summary>
public sealed record EmployerActedFor(string EmployerId, string Name, string CreditCode, bool AsLegalRepresentative);

/// <summary>
/// The applicants registry as the provider asks it, with its own service token: the person signing in, matched
/// by identity number (every read in the registry's access log under the purpose <see cref="Purpose"/>), and the
/// employers a signed-in person may act for.
/// </summary>
public sealed class RegistryPeople(ApplicantsApi.ApplicantsClient registry)
{
    public const string Purpose = "identity.sign-in";

    /// <summary>The registered person with this (already validated) number; null when the registry has none.</summary>
    public async Task<RegisteredPerson?> FindAsync(string idNumber, CancellationToken cancellationToken)
    {
        try
        {
            var profile = await registry.GetProfileAsync(new Applicants.V1.GetProfileRequest { Person = new PersonKey { IdNumber = idNumber }, Purpose = Purpose }, cancellationToken: cancellationToken);
            return new RegisteredPerson(profile.Person.PersonId, profile.Person.Name, profile.Person.Phone);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The employers the person may act for on <paramref name="on"/>: as legal representative, or by a grant of 经办人 in force.</summary>
    public async Task<IReadOnlyList<EmployerActedFor>> ActingForAsync(string personId, DateOnly on, CancellationToken cancellationToken)
    {
        var answer = await registry.ListActingForAsync(new Applicants.V1.ListActingForRequest
        {
            PersonId = personId,
            On = new CalendarDate { Year = on.Year, Month = on.Month, Day = on.Day },
            Purpose = Purpose,
        }, cancellationToken: cancellationToken);
        return answer.Employers.Select(e => new EmployerActedFor(e.EmployerId, e.EmployerName, e.CreditCode, e.ActingAs == Applicants.V1.ActingAs.LegalRepresentative)).ToList();
    }
}
