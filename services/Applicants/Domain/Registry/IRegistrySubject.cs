namespace Employment.Applicants.Domain.Registry;

/// <summary>
/// A person or an employer as the registry's rules see it: its id and its version. The version is
/// the profile version the shared cache checks, so every change to the subject or to any of its
/// facts stamps it (<see cref="StampChanged"/>: the next version, who and when).
/// </summary>
public interface IRegistrySubject
{
    string Id { get; }

    long Version { get; }

    void StampChanged(string actor, DateTimeOffset at);
}
