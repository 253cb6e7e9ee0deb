namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The bearer token a service sends when it calls another service on its own behalf (role
/// <c>service</c>). Null when the host has none: the callee then refuses the call (UNAUTHENTICATED).
/// </summary>
public interface IServiceTokenSource
{
    /// <summary>The token to send now: one that will not expire during the call, renewed by the source before it does.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
