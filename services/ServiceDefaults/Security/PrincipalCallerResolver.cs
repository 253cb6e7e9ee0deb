using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The caller JwtBearer verified for this call (the request's principal): Anonymous when the call
/// carried no token, or one that did not verify (a method that needs a caller was already refused by
/// <see cref="DeclaredAccess"/> before any handler ran).
/// </summary>
public sealed class PrincipalCallerResolver : ICallerResolver
{
    public Caller Resolve(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PlatformTokens.CallerOf(context.GetHttpContext().User);
    }
}
