using Employment.Common.V1;

namespace Employment.ProfileCache;

/// <summary>
/// Reads applicant profiles cache-aside: the in-process cache, then Redis, then the applicants
/// registry (which populates both). Keeps working when Redis is down; serves a stale copy, with its
/// age, when the registry is down.
/// </summary>
public interface IProfileReader
{
    /// <summary>The person's profile.</summary>
    /// <param name="personId">The registry's person id (never an identity number).</param>
    /// <param name="purpose">Why it is read (e.g. "loans.eligibility"); the registry records it with the calling service.</param>
    /// <exception cref="Grpc.Core.RpcException">The registry answered with an error, or could not be reached and no copy is cached.</exception>
    Task<CachedProfile<PersonProfile>> GetPersonAsync(string personId, string purpose, CancellationToken cancellationToken = default);

    /// <summary>The employer's profile.</summary>
    /// <param name="employerId">The registry's employer id (never a credit code).</param>
    /// <param name="purpose">Why it is read; the registry records it with the calling service.</param>
    /// <exception cref="Grpc.Core.RpcException">The registry answered with an error, or could not be reached and no copy is cached.</exception>
    Task<CachedProfile<EmployerProfile>> GetEmployerAsync(string employerId, string purpose, CancellationToken cancellationToken = default);
}
