using System.Diagnostics;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Xunit;

namespace ProfileCache.Tests;

/// <summary>Redis stopped and started again under a reader (a Redis server of the test's own).</summary>
public sealed class RedisOutageTests
{
    /// <summary>
    /// Redis's timeouts for this test: long enough that a read which waited on one would stand out from
    /// any slowness of a loaded machine, so ten reads counting fewer than ten of them is a count, not a race.
    /// </summary>
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(8);

    [Fact(Timeout = 300_000)]
    public async Task Reads_keep_working_while_redis_is_down_and_use_it_again_when_it_is_back()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Configuration, inProcessEntries: 0, redisTimeout: RedisTimeout);
        var id = "p-outage";
        registry.PutPerson(id, "冯二");

        Assert.Equal(ProfileSource.Registry, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        Assert.Equal(ProfileSource.Redis, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        Assert.Equal(1, registry.Reads);

        await redis.StopAsync();

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            var result = await loans.Reader.GetPersonAsync(id, "p");
            Assert.Equal(ProfileSource.Registry, result.Source);
            Assert.Equal("冯二", result.Profile.Person.Name);
        }

        // The outage costs at most one Redis timeout, not one per call: ten reads that each waited on one
        // would take ten timeouts; these took fewer than two (a closed connection fails at once, and a
        // timeout leaves Redis resting).
        Assert.True(watch.Elapsed < 2 * RedisTimeout, $"10 reads took {watch.Elapsed} while Redis was down (Redis timeout {RedisTimeout}): " + string.Join(" | ", loans.Logs));
        Assert.Equal(11, registry.Reads);

        await redis.StartAsync();

        // The multiplexer reconnects by itself; the next reads repopulate the (empty) Redis and use it.
        await Eventually.ReturnsAsync(
            async () => (await loans.Reader.GetPersonAsync(id, "p")).Source,
            source => source == ProfileSource.Redis,
            "the cache used again after Redis came back",
            context: () => string.Join(" | ", loans.Logs));

        var reads = registry.Reads;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ProfileSource.Redis, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        }

        Assert.Equal(reads, registry.Reads);
    }

    [Fact(Timeout = 300_000)]
    public async Task An_invalidation_made_while_redis_is_down_is_replayed_when_it_is_back()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var registry = await FakeRegistry.StartAsync();
        await using var applicants = new CacheProcess(registry.Address, redis.Configuration, caller: "applicants");
        await using var loans = new CacheProcess(registry.Address, redis.Configuration, inProcessEntries: 0);
        var id = "p-replay";
        registry.PutPerson(id, "陈三");
        await loans.Reader.GetPersonAsync(id, "p");

        await redis.StopAsync();
        var version = registry.PutPerson(id, "陈三（新）");
        await applicants.Invalidator.InvalidatePersonAsync(id, version); // must not throw
        await redis.StartAsync();

        // Redis restarted empty here, so only the recorded version shows the replay.
        using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await Eventually.HoldsAsync(
            async () => await admin.GetDatabase().StringGetAsync(ProfileKeys.Version(ProfileKind.Person, id)) == version,
            "the invalidation replayed",
            context: () => string.Join(" | ", applicants.Logs));

        Assert.Equal(2, (await loans.Reader.GetPersonAsync(id, "p")).Profile.ProfileVersion);
    }
}
