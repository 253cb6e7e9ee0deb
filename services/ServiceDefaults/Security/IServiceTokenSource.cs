namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The bearer token a service sends when it calls another service on its own behalf (role
/// <c>service</c>). Null when the host has none: the callee then refuses the call (UNAUTHENTICATED).
/// </summary>
public interface IServiceTokenSource
{
    string? GetToken();
}
