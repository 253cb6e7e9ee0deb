using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Employment.TestInfrastructure;

/// <summary>
/// A database's schema as sorted lines (tables, columns with types and nullability, indexes with
/// their columns), so a test can compare what a provider's migrations build with what the EF model
/// describes on that provider (the snapshot check, HasPendingModelChanges, compares models only).
/// EF's own migration tables are left out.
/// </summary>
public static class DatabaseSchema
{
    /// <summary>Migrates (or, with <paramref name="migrate"/> false, creates from the model) and reads the schema.</summary>
    public static async Task<List<string>> BuildAndReadAsync(DbContext db, bool migrate)
    {
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
        var schema = db.Database.IsSqlite() ? await SqliteAsync(connection) : await PostgresAsync(connection);
        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var schema = new List<string>();
        foreach (var table in await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"))
        {
            schema.AddRange((await ReadAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')")).Select(c => $"{table}.{c}"));
            foreach (var index in await ReadAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                var name = index[..index.IndexOf(' ')];
                var columns = await ReadAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
                schema.Add($"{table} index {index} on {string.Join(",", columns)}");
            }
        }

        return schema;
    }

    private static Task<List<string>> PostgresAsync(DbConnection connection) =>
        // Types with their precision and scale (information_schema's data_type alone says "numeric").
        ReadAsync(connection, """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' nullable=' || CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname NOT LIKE '\_\_EFMigrations%'
            UNION ALL
            SELECT tablename || ' index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EFMigrations%'
            """);

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
