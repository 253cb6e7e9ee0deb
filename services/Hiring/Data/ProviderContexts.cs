using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

// One context type per provider, each with its own migrations set (Migrations/Sqlite,
// Migrations/Postgres), and the factory through which `dotnet ef` builds it.

/// <summary>HiringDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteHiringDbContext(DbContextOptions<SqliteHiringDbContext> options) : HiringDbContext(options);

/// <summary>HiringDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresHiringDbContext(DbContextOptions<PostgresHiringDbContext> options) : HiringDbContext(options);

/// <summary>Builds <see cref="SqliteHiringDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteHiringDbContextFactory() : DesignTimeFactory<SqliteHiringDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresHiringDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresHiringDbContextFactory() : DesignTimeFactory<PostgresHiringDbContext>(DatabaseProvider.Postgres, options => new(options));
