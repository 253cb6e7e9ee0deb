using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The gateway's own check of a method's declared roles (the services check again): the same rules
/// and the same token verification as <see cref="AccessInterceptor"/>, answered before proxying.
/// </summary>
public sealed class GatewayAccess(AccessRules rules, JwtCallerResolver tokens)
{
    public AccessRules Rules => rules;

    /// <summary>Null when the call may proceed (the caller is recorded on the request); otherwise the refusal.</summary>
    public Status? Check(HttpContext context, string methodPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var call = GatewayCall.Of(context);
        var rule = rules.For(methodPath);
        Caller caller;
        try
        {
            caller = tokens.Verify(context.Request.Headers.Authorization.ToString());
        }
        catch (RpcException e)
        {
            // On an open method a bad token costs nothing but its identity: the caller stays anonymous.
            if (rule.IsOpen)
            {
                call.Caller = Caller.Anonymous;
                return null;
            }

            return e.Status;
        }

        call.Caller = caller;
        if (rule.IsOpen)
        {
            return null;
        }

        if (rule.IsClosed)
        {
            return new Status(StatusCode.PermissionDenied, "No role may call this method: its contract declares none.");
        }

        try
        {
            caller.Require([.. rule.Roles]);
            return null;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }
}
