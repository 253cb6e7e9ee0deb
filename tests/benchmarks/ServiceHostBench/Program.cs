using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

// Listens where --Listen:Port says, cleartext HTTP/2, exactly as every service host does.
var app = ServiceHost.Build(new EmptyModule(), args);
await app.RunAsync();

/// <summary>No domain service: what is measured is the host every service shares.</summary>
internal sealed class EmptyModule : IServiceModule
{
    public string Name => "health-bench";

    public int DefaultPort => 0;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
    }

    public void MapEndpoints(WebApplication app)
    {
    }
}
