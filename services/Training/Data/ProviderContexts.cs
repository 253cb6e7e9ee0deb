using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Training.Data;

// One context type per provider, each with its own migrations set (Migrations/Sqlite,
// Migrations/Postgres), and the factory through which `dotnet ef` builds it.

/// <summary>TrainingDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteTrainingDbContext(DbContextOptions<SqliteTrainingDbContext> options) : TrainingDbContext(options);

/// <summary>TrainingDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresTrainingDbContext(DbContextOptions<PostgresTrainingDbContext> options) : TrainingDbContext(options);

/// <summary>Builds <see cref="SqliteTrainingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteTrainingDbContextFactory() : DesignTimeFactory<SqliteTrainingDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresTrainingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresTrainingDbContextFactory() : DesignTimeFactory<PostgresTrainingDbContext>(DatabaseProvider.Postgres, options => new(options));
