using Employment.Common.V1;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.IdentityProvider.Citizens;

/// <summary>A person as the registry holds them: the id that becomes the token's subject, the name to compare, the phone the code goes to.</summary>
public sealed record RegisteredPerson(string PersonId, string Name, string Phone);

/// <summary>
/// Matches a person signing in to the applicants registry by identity number, with the provider's own service
/// token; every read is in the registry's access log under the purpose <see cref="Purpose"/>.
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
}
