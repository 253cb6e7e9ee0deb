using System.Globalization;
using System.Text;
using Npgsql;

namespace Employment.TestInfrastructure;

/// <summary>
/// A fresh, uniquely named database on the PostgreSQL server of <see cref="TestEnvironment.PostgresConnectionString"/>,
/// dropped (closing any connection still open on it) when disposed.
/// </summary>
/// <example>
/// <code>
/// await using var db = await PostgresDatabase.CreateAsync("applicants");
/// await using var connection = new NpgsqlConnection(db.ConnectionString);
/// </code>
/// </example>
public sealed class PostgresDatabase : IAsyncDisposable
{
    // PostgreSQL truncates identifiers at 63 bytes: the prefix keeps room for "_" and a 32-digit id.
    private const int MaxPrefixLength = 30;

    private readonly string _serverConnectionString;
    private int _disposed;

    private PostgresDatabase(string serverConnectionString, string name, string connectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name: the prefix, lower-cased and reduced to <c>[a-z0-9_]</c>, then "_" and a unique id.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string to this database, as the role of TEST_POSTGRES (the database's owner).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a new, empty database whose name starts with <paramref name="namePrefix"/>.</summary>
    /// <exception cref="InvalidOperationException">TEST_POSTGRES is not set.</exception>
    public static async Task<PostgresDatabase> CreateAsync(string namePrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(namePrefix);
        var server = TestEnvironment.PostgresConnectionString;
        var name = $"{Sanitize(namePrefix)}_{Guid.NewGuid():N}";

        await using (var connection = await OpenServerConnectionAsync(server, cancellationToken).ConfigureAwait(false))
        await using (var command = new NpgsqlCommand($"CREATE DATABASE {Quote(name)}", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresDatabase(server, name, builder.ConnectionString);
    }

    /// <summary>Drops the database, forcing off connections that are still open on it (pooled ones included).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Idle pooled connections would otherwise be killed under the pool by WITH (FORCE).
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = await OpenServerConnectionAsync(_serverConnectionString, CancellationToken.None).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<NpgsqlConnection> OpenServerConnectionAsync(string server, CancellationToken cancellationToken)
    {
        // Unpooled: CREATE/DROP DATABASE are rare, and a pooled connection would stay open on the server.
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string Sanitize(string prefix)
    {
        var text = new StringBuilder();
        foreach (var c in prefix.ToLower(CultureInfo.InvariantCulture))
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            text.Insert(0, "db_");
        }

        return text.ToString(0, Math.Min(text.Length, MaxPrefixLength));
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
