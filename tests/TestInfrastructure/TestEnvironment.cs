namespace Employment.TestInfrastructure;

/// <summary>
/// The servers <c>tests/run.sh</c> starts for the whole run, and the browser it installs. A test that claims a
/// real Redis, PostgreSQL or Chromium reads them here, and fails (never skips) when the run did not provide them.
/// </summary>
public static class TestEnvironment
{
    /// <summary>Environment variable holding the shared Redis, as <c>127.0.0.1:port</c>.</summary>
    public const string RedisVariable = "TEST_REDIS";

    /// <summary>Environment variable holding an Npgsql connection string to the shared PostgreSQL server.</summary>
    public const string PostgresVariable = "TEST_POSTGRES";

    /// <summary>The shared Redis (<c>127.0.0.1:port</c>), a StackExchange.Redis configuration string.</summary>
    /// <exception cref="InvalidOperationException">TEST_REDIS is not set.</exception>
    public static string RedisConfiguration => Require(RedisVariable);

    /// <summary>
    /// An Npgsql connection string to the shared PostgreSQL server, as the <c>employment</c> role
    /// (which may CREATEDB) on the <c>postgres</c> database. Tests should not create tables here:
    /// use <see cref="PostgresDatabase.CreateAsync"/> for a database of their own.
    /// </summary>
    /// <exception cref="InvalidOperationException">TEST_POSTGRES is not set.</exception>
    public static string PostgresConnectionString => Require(PostgresVariable);

    /// <summary>Debian's chromium, which the browser tests drive through Playwright: TEST_CHROMIUM as tests/run.sh exports it, else /usr/bin/chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static string Require(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{variable} is not set: run tests/run.sh, which starts Redis/PostgreSQL and exports " +
                $"{RedisVariable} and {PostgresVariable} for the tests (or export {variable} yourself to point at a running server).");
        }

        return value.Trim();
    }
}
