using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Finds out who made a call. Services ask this, never the request headers themselves, so the way
/// identities are verified is decided in one place (JwtBearer, <see cref="PlatformAuthentication"/>).
/// </summary>
public interface ICallerResolver
{
    /// <summary>The caller; <see cref="Caller.Anonymous"/> when the call carries no identity that verified.</summary>
    Caller Resolve(ServerCallContext context);
}
