using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Employment.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Jobs.Tests.Search;

/// <summary>
/// The counts of searches kept in the service's database (SearchCountStore): every copy of the
/// service reads the same counts, and a lapse costs one count, not one per caller. Each "copy" here is
/// a SearchCountCache of its own (one per process) over a connection of its own.
/// </summary>
public abstract class KeptCountsContract
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private static readonly SearchCounts First = new(3, new SearchFacets(
        new Dictionary<string, int> { ["410802"] = 2, ["410882"] = 1 },
        new Dictionary<string, int> { ["410800"] = 3 },
        new Dictionary<EmploymentKind, int> { [EmploymentKind.FullTime] = 2, [EmploymentKind.PartTime] = 1 },
        new Dictionary<long, int> { [300_000] = 3, [500_000] = 1, [800_000] = 0 })
    {
        ByMinEducation = new Dictionary<int, int> { [0] = 1, [3] = 2 },
        ByOccupationGroup = new Dictionary<string, int> { ["2-06-03"] = 2, [""] = 1 },
        ByDistanceKm = new Dictionary<int, int> { [5] = 1, [10] = 3 },
    });

    private static readonly SearchCounts Second = First with { Total = 4 };

    protected abstract Task<SearchDatabase> CreateDatabaseAsync();

    [Fact(Timeout = 60_000)]
    public async Task Kept_counts_are_read_back_whole_by_another_copy_within_their_lifetime()
    {
        await using var database = await CreateDatabaseAsync();
        var time = new SettableClock(DateTimeOffset.UtcNow);
        Assert.Same(First, await CountAsync(database, new SearchCountCache(time, Lifetime), () => Task.FromResult(First)));

        var read = await CountAsync(database, new SearchCountCache(time, Lifetime), () => throw new InvalidOperationException("counted again"));
        Assert.Equal(First.Total, read.Total);
        Assert.Equal(First.Facets.ByCounty, read.Facets.ByCounty);
        Assert.Equal(First.Facets.ByCity, read.Facets.ByCity);
        Assert.Equal(First.Facets.ByKind, read.Facets.ByKind);
        Assert.Equal(First.Facets.ByMonthlyPayFloor, read.Facets.ByMonthlyPayFloor);
        Assert.Equal(First.Facets.ByMinEducation, read.Facets.ByMinEducation);
        Assert.Equal(First.Facets.ByOccupationGroup, read.Facets.ByOccupationGroup);
        Assert.Equal(First.Facets.ByDistanceKm, read.Facets.ByDistanceKm);
    }

    [Fact(Timeout = 60_000)]
    public async Task Lapsed_counts_are_counted_again_by_one_caller_while_the_others_read_the_last_counts()
    {
        await using var database = await CreateDatabaseAsync();
        var time = new SettableClock(DateTimeOffset.UtcNow);
        await CountAsync(database, new SearchCountCache(time, Lifetime), () => Task.FromResult(First));
        time.UtcNow += Lifetime + TimeSpan.FromSeconds(1);

        var held = new HeldCount(Second);
        var recount = CountAsync(database, new SearchCountCache(time, Lifetime), held.CountAsync);
        await held.Entered;

        // Another copy asks while the recount runs: the last counts, and no count of its own.
        var meanwhile = await CountAsync(database, new SearchCountCache(time, Lifetime), () => throw new InvalidOperationException("counted twice in one lapse"));
        Assert.Equal(First.Total, meanwhile.Total);

        held.Release();
        Assert.Equal(Second.Total, (await recount).Total);
        Assert.Equal(Second.Total, (await CountAsync(database, new SearchCountCache(time, Lifetime), () => throw new InvalidOperationException("counted again"))).Total);
    }

    [Fact(Timeout = 60_000)]
    public async Task Counts_never_made_are_made_once_for_the_callers_of_one_copy_asking_at_once()
    {
        await using var database = await CreateDatabaseAsync();
        var copy = new SearchCountCache(new SettableClock(DateTimeOffset.UtcNow), Lifetime);
        var counted = 0;
        var release = new TaskCompletionSource();
        async Task<SearchCounts> Count()
        {
            Interlocked.Increment(ref counted);
            await release.Task;
            return First;
        }

        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => CountAsync(database, copy, Count))).ToList();
        await Task.Delay(200);
        release.SetResult();
        Assert.All(await Task.WhenAll(callers), c => Assert.Equal(First.Total, c.Total));
        Assert.Equal(1, counted);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_first_count_another_copy_is_making_is_waited_for_not_made_again()
    {
        await using var database = await CreateDatabaseAsync();
        var time = new SettableClock(DateTimeOffset.UtcNow);
        var held = new HeldCount(First);
        var first = CountAsync(database, new SearchCountCache(time, Lifetime), held.CountAsync);
        await held.Entered;

        var waiting = CountAsync(database, new SearchCountCache(time, Lifetime), () => throw new InvalidOperationException("counted by a second copy"));
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        held.Release();
        await first;
        Assert.Equal(First.Total, (await waiting).Total);
    }

    /// <summary>A count that signals when it starts and finishes only when released: a copy caught counting.</summary>
    private sealed class HeldCount(SearchCounts counts)
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Release() => _released.SetResult();

        public async Task<SearchCounts> CountAsync()
        {
            _entered.SetResult();
            await _released.Task;
            return counts;
        }
    }

    /// <summary>One search's count through the store, on a connection of its own.</summary>
    private static async Task<SearchCounts> CountAsync(SearchDatabase database, SearchCountCache copy, Func<Task<SearchCounts>> count)
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        return await new SearchCountStore(copy, db.Database.GetDbConnection(), null).CountAsync("会计|410800", count, CancellationToken.None);
    }
}

public sealed class SqliteKeptCountsTests : KeptCountsContract
{
    protected override async Task<SearchDatabase> CreateDatabaseAsync() => await SqliteSearchDatabase.CreateAsync();
}

public sealed class PostgresKeptCountsTests : KeptCountsContract
{
    protected override async Task<SearchDatabase> CreateDatabaseAsync() => await PostgresSearchDatabase.CreateAsync();
}
