namespace Employment.ProfileCache;

/// <summary>Where a profile was served from.</summary>
public enum ProfileSource
{
    /// <summary>This process's own cache, fresh.</summary>
    InProcess,

    /// <summary>The shared Redis cache, fresh.</summary>
    Redis,

    /// <summary>The applicants registry (and now cached).</summary>
    Registry,

    /// <summary>
    /// An expired or superseded cached copy, served because the registry could not be reached;
    /// <see cref="CachedProfile{T}.Age"/> says how old it is.
    /// </summary>
    StaleCache,
}

/// <summary>A profile with where it came from.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Source">Where it was served from.</param>
/// <param name="Age">How long ago it was read from the registry; set when <see cref="Source"/> is <see cref="ProfileSource.StaleCache"/>.</param>
/// <param name="Superseded">
/// True when the registry is known to have a newer version than this one (a write was recorded but
/// the registry could not be reached to read it); only ever with <see cref="ProfileSource.StaleCache"/>.
/// </param>
public sealed record CachedProfile<T>(T Profile, ProfileSource Source, TimeSpan? Age = null, bool Superseded = false)
    where T : class
{
    public bool IsStale => Source == ProfileSource.StaleCache;
}
