using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

// One context type per provider, each with its own migrations set (Migrations/Sqlite,
// Migrations/Postgres), and the factory through which `dotnet ef` builds it.

/// <summary>LoansDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteLoansDbContext(DbContextOptions<SqliteLoansDbContext> options) : LoansDbContext(options);

/// <summary>LoansDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresLoansDbContext(DbContextOptions<PostgresLoansDbContext> options) : LoansDbContext(options);

/// <summary>Builds <see cref="SqliteLoansDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteLoansDbContextFactory() : DesignTimeFactory<SqliteLoansDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresLoansDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresLoansDbContextFactory() : DesignTimeFactory<PostgresLoansDbContext>(DatabaseProvider.Postgres, options => new(options));
