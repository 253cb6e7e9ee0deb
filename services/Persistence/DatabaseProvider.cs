namespace Employment.Persistence;

/// <summary>The providers a service's database runs on; each has its own migrations set.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default (the launcher, a first run).</summary>
    Sqlite,

    /// <summary>Production and the integration tests (Npgsql).</summary>
    Postgres,
}
