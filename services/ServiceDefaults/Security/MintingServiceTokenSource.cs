namespace Employment.ServiceDefaults.Security;

/// <summary>Mints the host's own service tokens with a signing key it holds (Development and tests), renewed before they expire.</summary>
public sealed class MintingServiceTokenSource(TokenIssuer issuer, string serviceName, TimeProvider? time = null) : IServiceTokenSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly object _lock = new();
    private (string Token, DateTimeOffset Expires)? _current;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(Current());

    private string Current()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_current is not { } current || current.Expires - now < RenewBefore)
            {
                _current = current = (issuer.Issue(new Caller(CallerRole.Service, serviceName), Lifetime), now + Lifetime);
            }

            return current.Token;
        }
    }
}
