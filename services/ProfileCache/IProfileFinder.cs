namespace Employment.ProfileCache;

/// <summary>
/// Finds a profile by the number a caller knows — a person's identity number, an employer's credit
/// code — for every service (a bank asks about a borrower by identity number; a hiring claim names an
/// employer by credit code). The first lookup of a number asks the registry once; later ones go by the
/// registry id through the shared cache (<see cref="IProfileReader"/>).
/// </summary>
public interface IProfileFinder
{
    /// <summary>The person's profile, or null when the registry does not know the identity number.</summary>
    /// <exception cref="Grpc.Core.RpcException">The registry could not be reached and nothing is cached.</exception>
    Task<CachedProfile<Common.V1.PersonProfile>?> FindPersonAsync(string idNumber, string purpose, CancellationToken cancellationToken = default);

    /// <summary>The employer's profile, or null when the registry does not know the credit code.</summary>
    /// <exception cref="Grpc.Core.RpcException">The registry could not be reached and nothing is cached.</exception>
    Task<CachedProfile<Common.V1.EmployerProfile>?> FindEmployerAsync(string creditCode, string purpose, CancellationToken cancellationToken = default);
}
