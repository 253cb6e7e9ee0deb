using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.ProfileCache;

/// <summary>
/// Identity number or credit code → registry id, asked of the registry once per process (the registry
/// never changes the id of a number; that first read is logged there with its purpose), then the
/// profile through the shared cache. The map is keyed by an HMAC with a key made at start-up and never
/// stored, so the process's memory holds no identity numbers and a dump of it reveals none.
/// </summary>
internal sealed class ProfileFinder(ApplicantsApi.ApplicantsClient registry, IProfileReader profiles) : IProfileFinder
{
    private const int MaxRemembered = 200_000;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);

    public async Task<CachedProfile<PersonProfile>?> FindPersonAsync(string idNumber, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idNumber);
        var personId = await IdOfAsync("person:" + idNumber, async () => (await registry.GetProfileAsync(
            new GetProfileRequest { Person = new PersonKey { IdNumber = idNumber }, Purpose = purpose ?? "" },
            cancellationToken: cancellationToken)).Person.PersonId).ConfigureAwait(false);
        return personId is null ? null : await profiles.GetPersonAsync(personId, purpose ?? "", cancellationToken).ConfigureAwait(false);
    }

    public async Task<CachedProfile<EmployerProfile>?> FindEmployerAsync(string creditCode, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(creditCode);
        var employerId = await IdOfAsync("employer:" + creditCode, async () => (await registry.GetEmployerProfileAsync(
            new GetEmployerProfileRequest { Employer = new EmployerKey { CreditCode = creditCode }, Purpose = purpose ?? "" },
            cancellationToken: cancellationToken)).Employer.EmployerId).ConfigureAwait(false);
        return employerId is null ? null : await profiles.GetEmployerAsync(employerId, purpose ?? "", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The registry id of a number; null when the registry does not know it (never remembered).</summary>
    private async Task<string?> IdOfAsync(string number, Func<Task<string>> askRegistry)
    {
        var key = Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(number)));
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        try
        {
            id = await askRegistry().ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }

        if (_ids.Count >= MaxRemembered)
        {
            _ids.Clear();
        }

        _ids[key] = id;
        return id;
    }
}
