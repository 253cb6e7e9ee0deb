using Employment.Jobs.Data;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Persistence;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Jobs.Tests;

/// <summary>A database with the jobs schema migrated, and engines over it (one DbContext each, as a request scope has).</summary>
public abstract class SearchDatabase : IAsyncDisposable
{
    public abstract JobsDbContext NewContext();

    /// <summary>The engine of <paramref name="db"/>; counts are kept only when a cache is given (the service gives one).</summary>
    public IPostingSearch Engine(JobsDbContext db, SearchCountCache? counts = null) => db switch
    {
        PostgresJobsDbContext postgres => new PostgresPostingSearch(postgres, OccupationSynonyms.Shipped, ChinaClock.System, counts),
        SqliteJobsDbContext sqlite => new SqlitePostingSearch(sqlite, OccupationSynonyms.Shipped, ChinaClock.System, counts),
        _ => throw new ArgumentOutOfRangeException(nameof(db)),
    };

    public async Task<T> WithEngineAsync<T>(Func<IPostingSearch, Task<T>> use)
    {
        await using var db = NewContext();
        return await use(Engine(db));
    }

    public Task<PostingSearchResult> SearchAsync(PostingQuery query) => WithEngineAsync(engine => engine.SearchAsync(query));

    /// <summary>A search by an engine that keeps counts in <paramref name="counts"/>, as the service's do.</summary>
    public async Task<PostingSearchResult> SearchAsync(PostingQuery query, SearchCountCache counts)
    {
        await using var db = NewContext();
        return await Engine(db, counts).SearchAsync(query);
    }

    public async Task IndexAsync(IEnumerable<PostingDocument> postings)
    {
        await using var db = NewContext();
        var engine = Engine(db);
        foreach (var posting in postings)
        {
            await engine.IndexAsync(posting);
        }
    }

    public abstract ValueTask DisposeAsync();

    protected async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }
}

public sealed class SqliteSearchDatabase : SearchDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "jobs-search-" + Guid.NewGuid().ToString("N") + ".db");

    private SqliteSearchDatabase()
    {
    }

    public static async Task<SqliteSearchDatabase> CreateAsync()
    {
        var database = new SqliteSearchDatabase();
        await database.MigrateAsync();
        return database;
    }

    public override JobsDbContext NewContext() =>
        new SqliteJobsDbContext(ServiceDatabase.Options<SqliteJobsDbContext>(DatabaseProvider.Sqlite, $"Data Source={_path}"));

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresSearchDatabase : SearchDatabase
{
    private readonly PostgresDatabase _database;

    private PostgresSearchDatabase(PostgresDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<PostgresSearchDatabase> CreateAsync()
    {
        var database = new PostgresSearchDatabase(await PostgresDatabase.CreateAsync("jobs_search"));
        await database.MigrateAsync();
        return database;
    }

    public override JobsDbContext NewContext() =>
        new PostgresJobsDbContext(ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, _database.ConnectionString));

    public override ValueTask DisposeAsync() => _database.DisposeAsync();
}

/// <summary>The corpus indexed once per engine, shared read-only by that engine's relevance tests.</summary>
public abstract class CorpusFixture : IAsyncLifetime
{
    public SearchDatabase Database { get; private set; } = null!;

    public abstract Task<SearchDatabase> CreateDatabaseAsync();

    /// <summary>
    /// How far a hit says a posting lies: both engines keep the same postings (the plane's check), and
    /// SQLite states the plane's km; PostgreSQL lists nearest first by its spatial index's chord and
    /// states the great circle's.
    /// </summary>
    public virtual double StatedKm(SearchDistance distance, GeoPoint place) => distance.PlaneKmTo(place);

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        await Database.IndexAsync(PostingCorpus.All);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class SqliteCorpus : CorpusFixture
{
    public override async Task<SearchDatabase> CreateDatabaseAsync() => await SqliteSearchDatabase.CreateAsync();
}

public sealed class PostgresCorpus : CorpusFixture
{
    public override async Task<SearchDatabase> CreateDatabaseAsync() => await PostgresSearchDatabase.CreateAsync();

    public override double StatedKm(SearchDistance distance, GeoPoint place) => distance.Point.KmTo(place);
}
