using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Employment.Launcher;

/// <summary>
/// A service whose database is on the PostgreSQL server named by <c>PostgresServer</c>: before the
/// module registers its services, a lowest-priority configuration source answers its
/// <c>ConnectionStrings:{Name}Postgres</c> with that server and the database <c>{name}</c> (lower
/// case: applicants, loans, training, as the data tier and deploy/postgres-init name them). The module itself is
/// unchanged, a connection string set for it explicitly still wins, and a service registered later
/// gets its database with no list to update. Without <c>PostgresServer</c> nothing changes.
/// </summary>
internal sealed class PostgresServerModule(IServiceModule module) : IServiceModule
{
    public const string Setting = "PostgresServer";

    public string Name => module.Name;

    public int DefaultPort => module.DefaultPort;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        if (builder.Configuration[Setting] is { Length: > 0 } server)
        {
            builder.Configuration.Sources.Insert(0, new PostgresServerConfiguration(server));
        }

        module.ConfigureServices(builder);
    }

    public void MapEndpoints(WebApplication app) => module.MapEndpoints(app);

    public Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) => module.InitializeAsync(app, cancellationToken);
}
