using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Says at start-up that a host trusts no signing key: it then verifies no token and only public
/// methods answer, which is safe but is almost always a configuration mistake worth a log line.
/// </summary>
internal sealed class NoTrustedKeysWarning(ILogger<NoTrustedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "No token signing keys are configured (Authentication:SigningKeys): every bearer token is refused and only public methods answer.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
