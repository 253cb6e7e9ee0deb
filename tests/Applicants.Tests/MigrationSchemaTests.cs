using Employment.Applicants.Data;
using Employment.Persistence;
using Employment.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// The hand-written migrations must build exactly the schema the EF model describes (the check a
/// model snapshot would make): same tables, columns, nullability and indexes, on both providers.
/// </summary>
public sealed class MigrationSchemaTests
{
    [Fact(Timeout = 60_000)]
    public async Task SQLite_migrations_match_the_model()
    {
        var directory = Path.Combine(Path.GetTempPath(), "schema-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var migrated = await SchemaAsync(o => o.UseSqlite($"Data Source={Path.Combine(directory, "migrated.db")}"), migrate: true);
            var modelled = await SchemaAsync(o => o.UseSqlite($"Data Source={Path.Combine(directory, "modelled.db")}"), migrate: false);
            Assert.Equal(modelled, migrated);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task PostgreSQL_migrations_match_the_model()
    {
        await using var migratedDb = await PostgresDatabase.CreateAsync("schema_migrated");
        await using var modelledDb = await PostgresDatabase.CreateAsync("schema_modelled");
        var migrated = await SchemaAsync(o => o.UseNpgsql(migratedDb.ConnectionString), migrate: true);
        var modelled = await SchemaAsync(o => o.UseNpgsql(modelledDb.ConnectionString), migrate: false);
        Assert.Equal(modelled, migrated);
    }

    private static async Task<List<string>> SchemaAsync(Action<DbContextOptionsBuilder<ApplicantsDbContext>> configure, bool migrate)
    {
        var builder = new DbContextOptionsBuilder<ApplicantsDbContext>();
        configure(builder);
        ServiceDatabase.WithoutModelSnapshot(builder);
        await using var db = new ApplicantsDbContext(builder.Options);
        return await DatabaseSchema.BuildAndReadAsync(db, migrate);
    }
}
