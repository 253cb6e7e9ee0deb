using Employment.ProfileCache;

namespace Employment.Applicants.UseCases;

/// <summary>Passes each committed change to the shared profile cache, which drops every service's copy.</summary>
internal sealed class CacheInvalidatingNotifier(IProfileInvalidator invalidator) : IProfileChangeNotifier
{
    public Task PersonChangedAsync(string personId, long version, CancellationToken cancellationToken) =>
        invalidator.InvalidatePersonAsync(personId, version, cancellationToken);

    public Task EmployerChangedAsync(string employerId, long version, CancellationToken cancellationToken) =>
        invalidator.InvalidateEmployerAsync(employerId, version, cancellationToken);
}
