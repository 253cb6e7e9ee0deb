using Microsoft.AspNetCore.Builder;

namespace Employment.ServiceDefaults;

/// <summary>
/// One service of the platform, as both its own Program and the local launcher start it: what it
/// registers, what it maps, and where it listens by default.
/// </summary>
public interface IServiceModule
{
    /// <summary>Short name used in logs, configuration sections and the launcher's listing (e.g. "applicants").</summary>
    string Name { get; }

    /// <summary>Port on 127.0.0.1 when nothing else is configured.</summary>
    int DefaultPort { get; }

    void ConfigureServices(WebApplicationBuilder builder);

    void MapEndpoints(WebApplication app);

    /// <summary>Work before the service answers, such as bringing its database schema up to date.</summary>
    Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) => Task.CompletedTask;
}
