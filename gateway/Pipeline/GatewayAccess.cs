using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The gateway's own check of a method's declared roles (the services check again): the caller
/// JwtBearer verified, judged by the same declared-access policy the services use, before proxying.
/// A service token is refused whatever the method: it is for calls between the services inside, which
/// never pass the public door, so a leaked pod token cannot hold, release or export from outside.
/// </summary>
public sealed class GatewayAccess(IAuthorizationService authorization)
{
    /// <summary>Null when the call may proceed (the caller is recorded on the request); otherwise the refusal.</summary>
    public async Task<StatusDetails?> CheckAsync(HttpContext context, string methodPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var call = GatewayCall.Of(context);
        var caller = PlatformTokens.CallerOf(context.User);
        call.Caller = caller;
        if (caller.Role == CallerRole.Service)
        {
            return new StatusDetails(StatusCode.PermissionDenied, "服务令牌只用于平台内部服务之间的调用，不能经网关调用；请使用本机构人员或银行的令牌。 (Service tokens are for calls inside the platform, not through the gateway.)")
            {
                Reason = "SERVICE_TOKEN_REFUSED",
            };
        }

        var result = await authorization.AuthorizeAsync(context.User, new DeclaredAccess.MethodCall(context, methodPath), DeclaredAccess.Policy).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return null;
        }

        var refusal = result.Failure?.FailureReasons.OfType<DeclaredAccess.Refusal>().FirstOrDefault();
        var (status, message, reason) = GrpcAuthorizationResults.Describe(context, refusal, challenged: !caller.IsAuthenticated);
        return new StatusDetails(status, message) { Reason = reason };
    }
}
