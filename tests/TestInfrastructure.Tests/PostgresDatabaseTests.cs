using Employment.TestInfrastructure;
using Npgsql;
using Xunit;

namespace TestInfrastructure.Tests;

/// <summary>A database of the test's own on the PostgreSQL server tests/run.sh starts.</summary>
public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task Creates_a_database_that_takes_tables_and_rows_and_drops_it_on_dispose()
    {
        string name;
        await using (var database = await PostgresDatabase.CreateAsync("Infrastructure Test!"))
        {
            name = database.Name;
            Assert.StartsWith("infrastructure_test__", name, StringComparison.Ordinal);
            Assert.Contains(name, await DatabaseNamesAsync());

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal(name, connection.Database);
            await Execute(connection, "CREATE TABLE applicant (id integer PRIMARY KEY, name text NOT NULL)");
            await Execute(connection, "INSERT INTO applicant (id, name) VALUES (1, 'Ana'), (2, 'Bo')");

            await using var select = new NpgsqlCommand("SELECT name FROM applicant ORDER BY id", connection);
            await using var reader = await select.ExecuteReaderAsync();
            var names = new List<string>();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            Assert.Equal(["Ana", "Bo"], names);
            // The connection is still open (and pooled) here: dispose must force it off.
        }

        Assert.DoesNotContain(name, await DatabaseNamesAsync());
    }

    [Fact]
    public async Task Databases_are_unique_and_independent()
    {
        await using var first = await PostgresDatabase.CreateAsync("same");
        await using var second = await PostgresDatabase.CreateAsync("same");
        Assert.NotEqual(first.Name, second.Name);

        await using (var connection = new NpgsqlConnection(first.ConnectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, "CREATE TABLE only_in_first (id integer)");
        }

        await using (var connection = new NpgsqlConnection(second.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'", connection);
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_long_prefix_is_cut_to_fit_postgres_identifiers()
    {
        await using var database = await PostgresDatabase.CreateAsync(new string('x', 100));
        Assert.True(database.Name.Length <= 63, database.Name);
        Assert.Contains(database.Name, await DatabaseNamesAsync());
    }

    private static async Task<List<string>> DatabaseNamesAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
