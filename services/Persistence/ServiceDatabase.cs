using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Persistence;

/// <summary>
/// A service's own database: PostgreSQL when <c>ConnectionStrings:{Name}Postgres</c> is set,
/// otherwise SQLite at <c>ConnectionStrings:{Name}</c> (default: <c>{name}.db</c> in
/// <c>DataDirectory</c>, itself <c>.data</c> by default). The schema comes from the service's
/// hand-written, provider-neutral migrations.
/// </summary>
public static class ServiceDatabase
{
    public static IServiceCollection AddServiceDatabase<TContext>(this IServiceCollection services, IConfiguration configuration, string name)
        where TContext : DbContext
    {
        var postgres = configuration.GetConnectionString(name + "Postgres");
        var sqlite = configuration.GetConnectionString(name)
            ?? $"Data Source={Path.Combine(configuration["DataDirectory"] ?? ".data", name.ToLowerInvariant() + ".db")}";
        // Pooled: options are built once and context instances reused. Building the options for
        // every call (AddDbContext's default) cost more CPU than the queries themselves.
        services.AddDbContextPool<TContext>(options =>
        {
            if (!string.IsNullOrEmpty(postgres))
            {
                options.UseNpgsql(postgres);
            }
            else
            {
                options.UseSqlite(sqlite);
            }

            WithoutModelSnapshot(options);
        });
        return services;
    }

    /// <summary>
    /// Migrations here are hand-written (no design-time package), so there is no model snapshot to
    /// compare with; each service's schema test makes that comparison instead.
    /// </summary>
    public static DbContextOptionsBuilder WithoutModelSnapshot(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>Brings the schema up to date before the service answers.</summary>
    public static async Task MigrateAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connection
            && Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
