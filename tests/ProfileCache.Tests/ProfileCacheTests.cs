using Employment.Common.V1;
using Google.Protobuf;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Grpc.Core;
using StackExchange.Redis;
using Xunit;

namespace ProfileCache.Tests;

/// <summary>One redis-server of the class's own, shared by its tests (each test uses ids of its own).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public ConnectionMultiplexer Admin { get; private set; } = null!;

    public IDatabase Db => Admin.GetDatabase();

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartNewAsync();
        Admin = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>The cache-aside claims against a real Redis and a real gRPC registry stand-in.</summary>
public sealed class ProfileCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const int Timeout = 120_000;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    [Fact(Timeout = Timeout)]
    public async Task A_miss_reads_the_registry_as_the_caller_and_populates_redis()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("p");
        registry.PutPerson(id, "张三");

        var result = await loans.Reader.GetPersonAsync(id, "loans.eligibility");

        Assert.Equal(ProfileSource.Registry, result.Source);
        Assert.Equal("张三", result.Profile.Person.Name);
        Assert.Equal(1, registry.Reads);
        Assert.Equal("loans", registry.LastCaller);
        Assert.Equal("loans.eligibility", registry.LastPurpose);

        var key = ProfileKeys.Entry(ProfileKind.Person, id);
        Assert.Equal($"emp:v1:person:{{{id}}}", key);
        var stored = await redis.Db.StringGetAsync(key);
        Assert.True(stored.HasValue, string.Join(" | ", loans.Logs));
        Assert.Equal(registry.Person(id), PersonProfile.Parser.ParseFrom((byte[])stored!));
        var ttl = await redis.Db.KeyTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_person_found_by_identity_number_asks_the_registry_by_number_once_then_reads_through_the_cache()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var process = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("p");
        registry.PutPerson(id, "李四", "410802199203045671");

        var first = await process.Finder.FindPersonAsync("410802199203045671", "hiring.claim");
        var again = await process.Finder.FindPersonAsync("410802199203045671", "hiring.claim");

        Assert.Equal(id, first!.Profile.Person.PersonId);
        Assert.Equal(ProfileSource.InProcess, again!.Source);
        Assert.Equal(2, registry.Reads); // the number once, then the profile by person id; the repeat is in process
        Assert.Null(await process.Finder.FindPersonAsync("410802199001010000", "hiring.claim"));
    }

    [Fact(Timeout = Timeout)]
    public async Task An_employer_is_found_by_credit_code_and_an_unknown_code_is_null()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var process = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("e");
        registry.PutEmployer(id, "焦作示例有限公司", "91410802MA00000001");

        var found = await process.Finder.FindEmployerAsync("91410802MA00000001", "hiring.claim");

        Assert.Equal(id, found!.Profile.Employer.EmployerId);
        Assert.Null(await process.Finder.FindEmployerAsync("91410802MA00000002", "hiring.claim"));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_second_process_is_served_from_redis_without_calling_the_registry()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var first = new CacheProcess(registry.Address, redis.Server.Configuration);
        await using var second = new CacheProcess(registry.Address, redis.Server.Configuration, caller: "training");
        var person = NewId("p");
        var employer = NewId("e");
        registry.PutPerson(person, "李四");
        registry.PutEmployer(employer, "焦作某公司");

        await first.Reader.GetPersonAsync(person, "loans.eligibility");
        await first.Reader.GetEmployerAsync(employer, "loans.eligibility");
        var fromRedis = await second.Reader.GetPersonAsync(person, "training.eligibility");
        var employerFromRedis = await second.Reader.GetEmployerAsync(employer, "training.eligibility");

        Assert.Equal(ProfileSource.Redis, fromRedis.Source);
        Assert.Equal("李四", fromRedis.Profile.Person.Name);
        Assert.Equal(ProfileSource.Redis, employerFromRedis.Source);
        Assert.Equal("焦作某公司", employerFromRedis.Profile.Employer.Name);
        Assert.Equal(2, registry.Reads);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_repeated_read_is_served_in_process()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("p");
        registry.PutPerson(id, "王五");

        await loans.Reader.GetPersonAsync(id, "loans.eligibility");
        var again = await loans.Reader.GetPersonAsync(id, "loans.eligibility");

        Assert.Equal(ProfileSource.InProcess, again.Source);
        Assert.Equal("王五", again.Profile.Person.Name);
        Assert.Equal(1, registry.Reads);
    }

    [Fact(Timeout = Timeout)]
    public async Task After_a_write_the_registry_invalidates_and_another_process_sees_the_new_version()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var applicants = new CacheProcess(registry.Address, redis.Server.Configuration, caller: "applicants");
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration);
        await using var training = new CacheProcess(registry.Address, redis.Server.Configuration, inProcessEntries: 0, caller: "training");
        var id = NewId("p");
        registry.PutPerson(id, "赵六");

        // Both readers hold version 1 (loans in process too).
        Assert.Equal(ProfileSource.Registry, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        Assert.Equal(ProfileSource.InProcess, (await loans.Reader.GetPersonAsync(id, "p")).Source);
        Assert.Equal(ProfileSource.Redis, (await training.Reader.GetPersonAsync(id, "p")).Source);

        var version = registry.PutPerson(id, "赵六（更正）");
        await applicants.Invalidator.InvalidatePersonAsync(id, version);

        Assert.Equal(2, await redis.Db.StringGetAsync(ProfileKeys.Version(ProfileKind.Person, id)));
        Assert.False(await redis.Db.KeyExistsAsync(ProfileKeys.Entry(ProfileKind.Person, id)));

        // Through Redis: at once.
        var seen = await training.Reader.GetPersonAsync(id, "p");
        Assert.Equal(2, seen.Profile.ProfileVersion);
        Assert.Equal(ProfileSource.Registry, seen.Source);

        // The other process's in-process copy is dropped by the published invalidation (it arrives
        // asynchronously, within milliseconds on a quiet machine).
        var loansView = await Eventually.ReturnsAsync(
            () => loans.Reader.GetPersonAsync(id, "p"), view => view.Profile.ProfileVersion == 2, "the in-process copy invalidated");

        Assert.Equal("赵六（更正）", loansView.Profile.Person.Name);
        Assert.NotEqual(ProfileSource.StaleCache, loansView.Source);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_stale_entry_repopulated_after_an_invalidation_is_ignored()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var applicants = new CacheProcess(registry.Address, redis.Server.Configuration, caller: "applicants");
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration, inProcessEntries: 0);
        var id = NewId("p");
        registry.PutPerson(id, "孙七");
        var stale = (await loans.Reader.GetPersonAsync(id, "p")).Profile;

        var version = registry.PutPerson(id, "孙七（新）");
        await applicants.Invalidator.InvalidatePersonAsync(id, version);

        // A read that began before the write puts version 1 back after the delete.
        var key = ProfileKeys.Entry(ProfileKind.Person, id);
        await redis.Db.StringSetAsync(key, stale.ToByteArray(), TimeSpan.FromMinutes(10));

        var result = await loans.Reader.GetPersonAsync(id, "p");
        Assert.Equal(2, result.Profile.ProfileVersion);
        Assert.Equal(ProfileSource.Registry, result.Source);
        Assert.Equal(2, registry.Reads);

        // The current version replaced it in Redis and is served from there.
        Assert.Equal(2, PersonProfile.Parser.ParseFrom((byte[])(await redis.Db.StringGetAsync(key))!).ProfileVersion);
        Assert.Equal(ProfileSource.Redis, (await loans.Reader.GetPersonAsync(id, "p")).Source);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_reader_never_writes_a_version_older_than_the_recorded_latest_into_redis()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var applicants = new CacheProcess(registry.Address, redis.Server.Configuration, caller: "applicants");
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration, inProcessEntries: 0);
        var id = NewId("p");
        registry.PutPerson(id, "周八");

        // The registry records version 5 while (say) a lagging replica still answers version 1.
        await applicants.Invalidator.InvalidatePersonAsync(id, 5);
        var result = await loans.Reader.GetPersonAsync(id, "p");

        Assert.Equal(1, result.Profile.ProfileVersion);
        Assert.False(await redis.Db.KeyExistsAsync(ProfileKeys.Entry(ProfileKind.Person, id)));
    }

    [Fact(Timeout = Timeout)]
    public async Task When_the_registry_is_down_a_cached_copy_is_served_with_its_age()
    {
        var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration, ttl: TimeSpan.FromMilliseconds(300));
        var id = NewId("p");
        var idNumber = "410802199003071234";
        registry.PutPerson(id, "吴九", idNumber);
        registry.PutPerson(NewId("p"), "someone never read");
        await loans.Reader.GetPersonAsync(id, "p");
        await Task.Delay(400); // expired in process and in Redis
        Assert.False(await redis.Db.KeyExistsAsync(ProfileKeys.Entry(ProfileKind.Person, id)));
        await registry.StopAsync();

        var stale = await loans.Reader.GetPersonAsync(id, "p");

        Assert.Equal(ProfileSource.StaleCache, stale.Source);
        Assert.Equal("吴九", stale.Profile.Person.Name);
        Assert.NotNull(stale.Age);
        // At least the 400 ms waited; the upper end only says it is an age, not a date.
        Assert.InRange(stale.Age!.Value, TimeSpan.FromMilliseconds(350), TimeSpan.FromMinutes(5));
        Assert.False(stale.Superseded);

        var error = await Assert.ThrowsAsync<RpcException>(() => loans.Reader.GetPersonAsync(NewId("p"), "p"));
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);

        Assert.NotEmpty(loans.Logs);
        Assert.DoesNotContain(loans.Logs, line => line.Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task When_the_registry_is_down_a_redis_copy_is_served_from_redis()
    {
        var registry = await FakeRegistry.StartAsync();
        await using var first = new CacheProcess(registry.Address, redis.Server.Configuration);
        await using var second = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("p");
        registry.PutPerson(id, "郑十");
        await first.Reader.GetPersonAsync(id, "p");
        await registry.StopAsync();

        var result = await second.Reader.GetPersonAsync(id, "p");

        Assert.Equal(ProfileSource.Redis, result.Source);
        Assert.Equal("郑十", result.Profile.Person.Name);
    }

    [Fact(Timeout = Timeout)]
    public async Task Without_redis_no_invalidation_reaches_a_reader_so_it_reads_through_and_keeps_its_copy_for_when_the_registry_is_away()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var embedded = new CacheProcess(registry.Address, redis: null);
        var id = NewId("p");
        registry.PutPerson(id, "钱一");

        Assert.Equal(ProfileSource.Registry, (await embedded.Reader.GetPersonAsync(id, "p")).Source);
        // A write in the registry (another process) that no message can announce: the next read sees it.
        registry.PutPerson(id, "钱一（新）");
        var after = await embedded.Reader.GetPersonAsync(id, "p");
        Assert.Equal(ProfileSource.Registry, after.Source);
        Assert.Equal(2, after.Profile.ProfileVersion);
        Assert.Equal(2, registry.Reads);

        await registry.StopAsync();
        var away = await embedded.Reader.GetPersonAsync(id, "p");
        Assert.Equal(ProfileSource.StaleCache, away.Source);
        Assert.Equal("钱一（新）", away.Profile.Person.Name);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_copy_in_process_is_served_only_while_redis_confirms_no_newer_version_even_before_the_message_arrives()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis.Server.Configuration);
        var id = NewId("p");
        registry.PutPerson(id, "孙二");
        await loans.Reader.GetPersonAsync(id, "p");
        Assert.Equal(ProfileSource.InProcess, (await loans.Reader.GetPersonAsync(id, "p")).Source);

        // The registry records version 2 in Redis; no invalidation message is sent, as if it were still on its way.
        registry.PutPerson(id, "孙二（新）");
        await redis.Db.StringSetAsync(ProfileKeys.Version(ProfileKind.Person, id), 2);
        var after = await loans.Reader.GetPersonAsync(id, "p");

        Assert.Equal(2, after.Profile.ProfileVersion);
        Assert.Equal(ProfileSource.Registry, after.Source);
    }
}
