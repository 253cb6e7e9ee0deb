using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Finds out who made a call. Services ask this, never the request headers themselves, so the way
/// identities are verified is decided in one place (see the gateway issue and
/// <see cref="HeaderCallerResolver"/>).
/// </summary>
public interface ICallerResolver
{
    /// <summary>The caller; <see cref="Caller.Anonymous"/> when the call carries no identity.</summary>
    /// <exception cref="RpcException">UNAUTHENTICATED when the call carries an identity that does not verify.</exception>
    Caller Resolve(ServerCallContext context);
}
