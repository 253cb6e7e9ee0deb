namespace Employment.Applicants.UseCases;

/// <summary>
/// Told after every committed change to a person or employer, so the shared profile cache drops
/// its copies. The cache's own version check covers a notification that fails to arrive.
/// </summary>
public interface IProfileChangeNotifier
{
    Task PersonChangedAsync(string personId, long version, CancellationToken cancellationToken);

    Task EmployerChangedAsync(string employerId, long version, CancellationToken cancellationToken);
}
