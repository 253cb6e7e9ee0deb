using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Employment.ServiceDefaults.Configuration;

/// <summary>
/// The configuration every host of the platform reads, in one order: an optional defaults file beside the
/// assembly (the gateway's and the public site's <c>*.json</c>), below everything else so that anything
/// configured elsewhere wins; then <c>Employment__</c> environment variables; then the secret files.
/// </summary>
public static class HostConfiguration
{
    public static void AddPlatformSources(this IConfigurationManager configuration, string? defaultsFile = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (defaultsFile is not null)
        {
            configuration.Sources.Insert(0, new JsonConfigurationSource
            {
                Path = defaultsFile,
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                Optional = false,
            });
        }

        configuration.AddEnvironmentVariables("Employment__");
        configuration.AddSecretFiles(configuration["SecretsDirectory"]);
    }
}
