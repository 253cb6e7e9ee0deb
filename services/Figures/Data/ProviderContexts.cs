using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.Figures.Data;

/// <summary>FiguresDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteFiguresDbContext(DbContextOptions<SqliteFiguresDbContext> options) : FiguresDbContext(options);

/// <summary>FiguresDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresFiguresDbContext(DbContextOptions<PostgresFiguresDbContext> options) : FiguresDbContext(options);

/// <summary>Builds <see cref="SqliteFiguresDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteFiguresDbContextFactory() : DesignTimeFactory<SqliteFiguresDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresFiguresDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresFiguresDbContextFactory() : DesignTimeFactory<PostgresFiguresDbContext>(DatabaseProvider.Postgres, options => new(options));
