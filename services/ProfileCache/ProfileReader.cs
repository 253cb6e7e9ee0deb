using Employment.Applicants.V1;
using Employment.Common.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.ProfileCache;

/// <summary>Cache-aside reads of profiles: in-process, Redis, then the registry.</summary>
/// <remarks>
/// The registry client is the host's typed client: it sends the service token, sets the deadline
/// (<see cref="ProfileCacheOptions.RegistryTimeout"/>) and retries on <c>UNAVAILABLE</c>.
/// Logs carry person and employer ids only, never identity numbers or profile contents.
/// </remarks>
internal sealed class ProfileReader(
    ApplicantsApi.ApplicantsClient registry,
    RedisConnection redis,
    InProcessProfileCache local,
    ProfileCacheOptions options,
    ILogger<ProfileReader> logger,
    TimeProvider time) : IProfileReader
{
    // Writes the entry unless the registry recorded a newer version meanwhile (a read racing a write).
    private const string PopulateScript = """
        local latest = redis.call('GET', KEYS[2])
        if latest and tonumber(latest) > tonumber(ARGV[2]) then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
        return 1
        """;

    public Task<CachedProfile<PersonProfile>> GetPersonAsync(string personId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return GetAsync(
            ProfileKind.Person,
            personId,
            PersonProfile.Parser,
            p => p.ProfileVersion,
            ct => registry.GetProfileAsync(
                new GetProfileRequest { Person = new PersonKey { PersonId = personId }, Purpose = purpose ?? "" },
                cancellationToken: ct).ResponseAsync,
            cancellationToken);
    }

    public Task<CachedProfile<EmployerProfile>> GetEmployerAsync(string employerId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(employerId);
        return GetAsync(
            ProfileKind.Employer,
            employerId,
            EmployerProfile.Parser,
            p => p.ProfileVersion,
            ct => registry.GetEmployerProfileAsync(
                new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = employerId }, Purpose = purpose ?? "" },
                cancellationToken: ct).ResponseAsync,
            cancellationToken);
    }

    private async Task<CachedProfile<T>> GetAsync<T>(
        ProfileKind kind,
        string id,
        MessageParser<T> parser,
        Func<T, long> versionOf,
        Func<CancellationToken, Task<T>> fetch,
        CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        if (local.TryGetFresh<T>(kind, id, out var inProcess) && await StillLatestAsync(kind, id, versionOf(inProcess), cancellationToken).ConfigureAwait(false))
        {
            return new CachedProfile<T>(inProcess, ProfileSource.InProcess);
        }

        var (cached, superseded) = await ReadRedisAsync(kind, id, parser, versionOf, cancellationToken).ConfigureAwait(false);
        if (cached is not null && !superseded)
        {
            local.Set(kind, id, cached.Profile, versionOf(cached.Profile), cached.ReadFromRegistryAt);
            return new CachedProfile<T>(cached.Profile, ProfileSource.Redis);
        }

        T profile;
        try
        {
            // The registry knows the calling service by its service token (role service).
            profile = await fetch(cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (RegistryAway(e) && !cancellationToken.IsCancellationRequested)
        {
            if (Stale(kind, id, cached, superseded, versionOf) is { } stale)
            {
                logger.LogWarning(
                    "Registry unreachable ({Status}); serving cached {Kind} {Id} aged {Age}",
                    e.StatusCode,
                    ProfileKeys.KindName(kind),
                    id,
                    stale.Age);
                return stale;
            }

            throw;
        }

        var now = time.GetUtcNow();
        var version = versionOf(profile);
        local.Set(kind, id, profile, version, now);
        await PopulateRedisAsync(kind, id, profile, version, cancellationToken).ConfigureAwait(false);
        return new CachedProfile<T>(profile, ProfileSource.Registry);
    }

    /// <summary>
    /// The registry could not answer: down, too slow, or its connection closed under the call (a registry
    /// shutting down sends GOAWAY, which the client reports as INTERNAL with the HTTP/2 error behind it).
    /// </summary>
    private static bool RegistryAway(RpcException e) =>
        e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        || (e.StatusCode == StatusCode.Internal && e.Status.DebugException is HttpRequestException or HttpProtocolException);

    /// <summary>
    /// Whether this process's copy is still the latest version: a decision must never be made on facts
    /// older than the last change a clerk saw accepted, and the invalidation message may not have
    /// reached this process yet. Confirmed against the version the registry recorded in Redis (one
    /// small read, no profile bytes); with no Redis (the embedded shape) or Redis unreachable, no
    /// invalidation can reach this process at all, so the copy is not trusted and the read goes
    /// through to the registry (the copy stays the stale fallback if the registry is away).
    /// </summary>
    private async Task<bool> StillLatestAsync(ProfileKind kind, string id, long version, CancellationToken cancellationToken)
    {
        if (!redis.Configured)
        {
            return false;
        }

        var (ok, latest) = await redis.TryRunAsync(db => db.StringGetAsync(ProfileKeys.Version(kind, id)), cancellationToken).ConfigureAwait(false);
        return ok && (latest.IsNull || (latest.TryParse(out long recorded) && recorded <= version));
    }

    private CachedProfile<T>? Stale<T>(ProfileKind kind, string id, RedisEntry<T>? fromRedis, bool redisSuperseded, Func<T, long> versionOf)
        where T : class, IMessage<T>
    {
        var latest = local.KnownVersion(kind, id);
        RedisEntry<T>? best = fromRedis;
        var bestSuperseded = redisSuperseded;
        if (local.TryGetRetained<T>(kind, id, out var retained)
            && (best is null || retained.Version > versionOf(best.Profile)))
        {
            best = new RedisEntry<T>((T)retained.Profile, retained.ReadFromRegistryAt);
            bestSuperseded = retained.Version < latest;
        }

        if (best is null)
        {
            return null;
        }

        var age = time.GetUtcNow() - best.ReadFromRegistryAt;
        return new CachedProfile<T>(best.Profile, ProfileSource.StaleCache, age < TimeSpan.Zero ? TimeSpan.Zero : age, bestSuperseded);
    }

    /// <summary>
    /// The Redis entry and whether it is superseded (older than the latest version the registry
    /// recorded). Null when there is none or Redis is unavailable.
    /// </summary>
    private async Task<(RedisEntry<T>? Entry, bool Superseded)> ReadRedisAsync<T>(
        ProfileKind kind,
        string id,
        MessageParser<T> parser,
        Func<T, long> versionOf,
        CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var entryKey = ProfileKeys.Entry(kind, id);
        var (ok, read) = await redis.TryRunAsync(
            async db =>
            {
                // Pipelined: one round trip.
                var values = db.StringGetAsync([entryKey, ProfileKeys.Version(kind, id)]);
                var ttl = db.KeyTimeToLiveAsync(entryKey);
                return (Values: await values.ConfigureAwait(false), Ttl: await ttl.ConfigureAwait(false));
            },
            cancellationToken).ConfigureAwait(false);
        if (!ok || read.Values[0].IsNull)
        {
            return (null, false);
        }

        T profile;
        try
        {
            profile = parser.ParseFrom((byte[])read.Values[0]!);
        }
        catch (InvalidProtocolBufferException)
        {
            logger.LogWarning("Unreadable cached {Kind} {Id} ignored", ProfileKeys.KindName(kind), id);
            return (null, false);
        }

        // Age: the entry was written with the full TTL; what has run off is how old it is.
        var remaining = read.Ttl ?? options.Ttl;
        var readAt = time.GetUtcNow() - (options.Ttl - remaining);
        var entry = new RedisEntry<T>(profile, readAt);

        var version = versionOf(profile);
        var superseded = (read.Values[1].TryParse(out long latest) && version < latest) || version < local.KnownVersion(kind, id);
        if (superseded)
        {
            logger.LogDebug("Cached {Kind} {Id} version {Version} is older than the latest recorded; ignored", ProfileKeys.KindName(kind), id, version);
        }

        return (entry, superseded);
    }

    private async Task PopulateRedisAsync<T>(ProfileKind kind, string id, T profile, long version, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var ttlMs = (long)options.Ttl.TotalMilliseconds;
        if (ttlMs <= 0)
        {
            return;
        }

        await redis.TryRunAsync(
            db => db.ScriptEvaluateAsync(
                PopulateScript,
                [ProfileKeys.Entry(kind, id), ProfileKeys.Version(kind, id)],
                [profile.ToByteArray(), version, ttlMs]),
            cancellationToken).ConfigureAwait(false);
    }

    private sealed record RedisEntry<T>(T Profile, DateTimeOffset ReadFromRegistryAt);
}
