namespace Employment.ProfileCache;

/// <summary>
/// Settings of the profile cache, bound from the <c>ProfileCache</c> configuration section
/// (<c>ConnectionStrings:Redis</c> stands in for <see cref="RedisConfiguration"/> when that is empty).
/// </summary>
public sealed class ProfileCacheOptions
{
    public const string SectionName = "ProfileCache";

    /// <summary>
    /// StackExchange.Redis configuration (e.g. <c>127.0.0.1:6379</c>). Empty (the embedded default):
    /// no Redis, only the in-process cache stands in.
    /// </summary>
    public string? RedisConfiguration { get; set; }

    /// <summary>How long a cached profile is served without asking the registry (Redis and in-process).</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most profiles kept in process (people and employers together); 0 turns the in-process cache off.</summary>
    public int InProcessEntries { get; set; } = 10_000;

    /// <summary>
    /// How long an expired profile is kept in process to be served (as stale, with its age) when the
    /// registry cannot be reached.
    /// </summary>
    public TimeSpan StaleRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The calling service (e.g. "loans"), for its logs; the registry knows it by the host's service token.</summary>
    public string CallerService { get; set; } = "";

    /// <summary>The applicants registry's gRPC address; unset: <c>Services:applicants</c>, else its default local port (<c>ServiceAddresses</c>).</summary>
    public string RegistryAddress { get; set; } = "";

    /// <summary>Deadline of one registry call.</summary>
    public TimeSpan RegistryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a starting service waits for its first Redis connection (it starts anyway after).</summary>
    public TimeSpan StartupRedisWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Redis connect timeout; short so that an outage costs little.</summary>
    public TimeSpan RedisConnectTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait for one Redis command (sync timeout, and the bound on async commands).</summary>
    public TimeSpan RedisOperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often the multiplexer tries to reconnect while Redis is down, and how long Redis is left
    /// alone after a command timed out on a connection that is still up (a hung server).
    /// </summary>
    public TimeSpan RedisRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Lifetime of the "latest version" keys the registry records on every write; must outlast
    /// <see cref="Ttl"/> so that a stale entry re-populated after a write is always recognised.
    /// </summary>
    public TimeSpan VersionKeyTtl { get; set; } = TimeSpan.FromDays(1);
}
