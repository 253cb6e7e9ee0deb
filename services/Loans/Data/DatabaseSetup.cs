using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Loans.Data;

/// <summary>
/// Chooses the database: PostgreSQL when <c>ConnectionStrings:LoansPostgres</c> is set,
/// otherwise SQLite at <c>ConnectionStrings:Loans</c> (default: loans.db in the data folder).
/// </summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddLoansDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("LoansPostgres");
        var sqlite = configuration.GetConnectionString("Loans")
            ?? $"Data Source={Path.Combine(configuration["DataDirectory"] ?? ".data", "loans.db")}";
        services.AddDbContext<LoansDbContext>(options =>
        {
            if (!string.IsNullOrEmpty(postgres))
            {
                options.UseNpgsql(postgres);
            }
            else
            {
                options.UseSqlite(sqlite);
            }

            // Migrations are hand-written (no design-time package here), so there is no model
            // snapshot to compare with; LoansSchemaTests makes that comparison instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        return services;
    }

    /// <summary>Brings the schema up to date before the service answers.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LoansDbContext>();
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connection)
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
            if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
