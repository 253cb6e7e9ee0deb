using Employment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Employment.IdentityProvider.Data;

/// <summary>IdentityProviderDbContext on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteIdentityProviderDbContext(DbContextOptions<SqliteIdentityProviderDbContext> options) : IdentityProviderDbContext(options);

/// <summary>IdentityProviderDbContext on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresIdentityProviderDbContext(DbContextOptions<PostgresIdentityProviderDbContext> options) : IdentityProviderDbContext(options);

/// <summary>Builds <see cref="SqliteIdentityProviderDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteIdentityProviderDbContextFactory() : DesignTimeFactory<SqliteIdentityProviderDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresIdentityProviderDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresIdentityProviderDbContextFactory() : DesignTimeFactory<PostgresIdentityProviderDbContext>(DatabaseProvider.Postgres, options => new(options));
