using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Risk.Data;

/// <summary>RiskDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteRiskDbContext(DbContextOptions<SqliteRiskDbContext> options) : RiskDbContext(options);

/// <summary>RiskDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresRiskDbContext(DbContextOptions<PostgresRiskDbContext> options) : RiskDbContext(options);

/// <summary>Builds <see cref="SqliteRiskDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteRiskDbContextFactory() : DesignTimeFactory<SqliteRiskDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresRiskDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresRiskDbContextFactory() : DesignTimeFactory<PostgresRiskDbContext>(DatabaseProvider.Postgres, options => new(options));
