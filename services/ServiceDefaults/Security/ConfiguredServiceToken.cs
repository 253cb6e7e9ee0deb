namespace Employment.ServiceDefaults.Security;

/// <summary>A token given to the host by configuration (the identity provider issued it).</summary>
public sealed class ConfiguredServiceToken(string? token) : IServiceTokenSource
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(string.IsNullOrEmpty(token) ? null : token);
}
