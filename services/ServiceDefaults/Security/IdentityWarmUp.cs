using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// At start, in the background: reads the identity provider's published keys and obtains the host's own
/// token, so that the first call pays for neither. Both cold together (a first token check and a first
/// service token, each host's first request to the provider) outlasted a 5 s call deadline on a loaded
/// machine. The host does not wait for it; a failure is logged and left to the first call, which tries again.
/// </summary>
internal sealed partial class IdentityWarmUp(IServiceProvider services, ILogger<IdentityWarmUp> log) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(WarmAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
    }

    private async Task WarmAsync()
    {
        try
        {
            if (services.GetService<ConfigurationManager<OpenIdConnectConfiguration>>() is { } keys)
            {
                await keys.GetConfigurationAsync(_stopping.Token);
            }

            if (services.GetService<IServiceTokenSource>() is ClientCredentialsTokenSource own)
            {
                await own.GetTokenAsync(_stopping.Token);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            NotWarmed(log, failure.Message);
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "The identity provider's keys or this host's token could not be read at start ({Reason}); the first call tries again.")]
    private static partial void NotWarmed(ILogger logger, string reason);
}
