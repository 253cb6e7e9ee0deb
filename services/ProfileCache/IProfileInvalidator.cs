namespace Employment.ProfileCache;

/// <summary>
/// The registry's side of the cache: called after every committed write to a person or employer
/// (or one of their facts), with the profile version the write produced.
/// </summary>
/// <remarks>
/// It deletes the cached entry, records <c>newVersion</c> as the latest version (readers ignore a
/// cached profile older than that, even if a racing read re-populated it) and publishes an
/// invalidation so that every process drops its in-process copy. When Redis cannot be reached the
/// invalidation is kept and replayed when Redis is back; it never fails the registry's write.
/// </remarks>
public interface IProfileInvalidator
{
    Task InvalidatePersonAsync(string personId, long newVersion, CancellationToken cancellationToken = default);

    Task InvalidateEmployerAsync(string employerId, long newVersion, CancellationToken cancellationToken = default);
}
