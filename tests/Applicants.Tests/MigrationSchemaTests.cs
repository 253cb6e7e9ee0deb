using System.Data.Common;
using Employment.Applicants.Data;
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
        builder.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        await using var db = new ApplicantsDbContext(builder.Options);
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        return db.Database.IsSqlite() ? await SqliteSchemaAsync(connection) : await PostgresSchemaAsync(connection);
    }

    private static async Task<List<string>> SqliteSchemaAsync(DbConnection connection)
    {
        var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        var schema = new List<string>();
        foreach (var table in tables)
        {
            schema.AddRange((await ReadAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')")).Select(c => $"{table}.{c}"));
            schema.AddRange((await ReadAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'")).Select(i => $"{table} index {i}"));
        }

        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    private static async Task<List<string>> PostgresSchemaAsync(DbConnection connection)
    {
        var schema = await ReadAsync(connection, """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EFMigrations%'
            UNION ALL
            SELECT tablename || ' index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EFMigrations%'
            """);
        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
