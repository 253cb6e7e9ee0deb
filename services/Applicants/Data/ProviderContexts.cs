using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

// One context type per provider, each with its own migrations set (Migrations/Sqlite,
// Migrations/Postgres), and the factory through which `dotnet ef` builds it.

/// <summary>ApplicantsDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteApplicantsDbContext(DbContextOptions<SqliteApplicantsDbContext> options) : ApplicantsDbContext(options);

/// <summary>ApplicantsDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresApplicantsDbContext(DbContextOptions<PostgresApplicantsDbContext> options) : ApplicantsDbContext(options);

/// <summary>Builds <see cref="SqliteApplicantsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteApplicantsDbContextFactory() : DesignTimeFactory<SqliteApplicantsDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresApplicantsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresApplicantsDbContextFactory() : DesignTimeFactory<PostgresApplicantsDbContext>(DatabaseProvider.Postgres, options => new(options));
