using System.Collections.Concurrent;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ProfileCache;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.Loans.Grpc;

/// <summary>A person borrower's registry profile, found by identity number.</summary>
public interface IBorrowerRegistry
{
    /// <summary>The profile, or null when the registry does not know the person.</summary>
    /// <exception cref="RpcException">The registry could not be reached and nothing is cached.</exception>
    Task<CachedProfile<PersonProfile>?> FindPersonAsync(string idNumber, string borrowerHash, string purpose, CancellationToken cancellationToken);
}

/// <summary>
/// Identity number → registry person id (asked once per process with GetProfile by identity number:
/// the registry never changes the id of a number), then the profile through the shared cache (<see cref="IProfileReader"/>: in process, Redis,
/// registry). The map is keyed by the borrower hash, so the process keeps no identity numbers.
/// </summary>
/// <remarks>
/// The registry client is the host's one typed client (registered with the profile cache): service
/// token, deadline and retries of reads come with it.
/// </remarks>
internal sealed class RegistryBorrowerLookup(ApplicantsApi.ApplicantsClient registry, IProfileReader profiles) : IBorrowerRegistry
{
    private const int MaxRemembered = 200_000;
    private readonly ConcurrentDictionary<string, string> _personIds = new(StringComparer.Ordinal);

    public async Task<CachedProfile<PersonProfile>?> FindPersonAsync(string idNumber, string borrowerHash, string purpose, CancellationToken cancellationToken)
    {
        if (!_personIds.TryGetValue(borrowerHash, out var personId))
        {
            try
            {
                // The first read by identity number (the registry logs it with its purpose); later
                // reads go by person id through the shared cache.
                var profile = await registry.GetProfileAsync(
                    new GetProfileRequest { Person = new PersonKey { IdNumber = idNumber }, Purpose = purpose },
                    cancellationToken: cancellationToken);
                personId = profile.Person.PersonId;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }

            if (_personIds.Count >= MaxRemembered)
            {
                _personIds.Clear();
            }

            _personIds[borrowerHash] = personId;
        }

        return await profiles.GetPersonAsync(personId, purpose, cancellationToken);
    }
}
