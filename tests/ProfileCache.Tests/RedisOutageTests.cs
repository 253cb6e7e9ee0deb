using System.Diagnostics;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Xunit;

namespace ProfileCache.Tests;

/// <summary>Redis stopped and started again under a reader (a Redis server of the test's own).</summary>
public sealed class RedisOutageTests
{
    [Fact(Timeout = 30_000)]
    public async Task Reads_keep_working_while_redis_is_down_and_use_it_again_when_it_is_back()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Configuration, inProcessEntries: 0);
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

        // The outage costs at most one short timeout, not one per call.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"10 reads took {watch.Elapsed} while Redis was down: " + string.Join(" | ", loans.Logs));
        Assert.Equal(11, registry.Reads);

        await redis.StartAsync();

        // The multiplexer reconnects by itself; the next reads repopulate the (empty) Redis and use it.
        var reconnect = Stopwatch.StartNew();
        while ((await loans.Reader.GetPersonAsync(id, "p")).Source != ProfileSource.Redis)
        {
            Assert.True(reconnect.Elapsed < TimeSpan.FromSeconds(15), "the cache was not used again after Redis came back: " + string.Join(" | ", loans.Logs));
            await Task.Delay(100);
        }

        var reads = registry.Reads;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ProfileSource.Redis, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        }

        Assert.Equal(reads, registry.Reads);
    }

    [Fact(Timeout = 30_000)]
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
        var watch = Stopwatch.StartNew();
        using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        while ((await admin.GetDatabase().StringGetAsync(ProfileKeys.Version(ProfileKind.Person, id))) != version)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "the invalidation was not replayed: " + string.Join(" | ", applicants.Logs));
            await Task.Delay(100);
        }

        Assert.Equal(2, (await loans.Reader.GetPersonAsync(id, "p")).Profile.ProfileVersion);
    }
}
