using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Answers a refused gRPC call as gRPC (HTTP 200, grpc-status UNAUTHENTICATED or PERMISSION_DENIED and
/// a message a client can show), instead of a bare HTTP 401/403 that a gRPC client can only guess at.
/// Other requests (REST) get ASP.NET Core's default challenge and forbid.
/// </summary>
public sealed class GrpcAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || !GrpcStatusResponse.IsGrpc(context.Request))
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var (status, message, reason) = Describe(context, authorizeResult);
        return GrpcStatusResponse.WriteAsync(context.Response, status, message, reason);
    }

    /// <summary>The refusal's status and message from ASP.NET Core's result (whose challenge carries no reasons).</summary>
    private static (StatusCode Status, string Message, string Reason) Describe(HttpContext context, PolicyAuthorizationResult result) =>
        Describe(
            context,
            result.AuthorizationFailure?.FailureReasons.OfType<DeclaredAccess.Refusal>().FirstOrDefault()
                ?? context.Items[typeof(DeclaredAccess.Refusal)] as DeclaredAccess.Refusal,
            result.Challenged);

    /// <summary>
    /// The status and message of a refusal, the same in every service and in the gateway: a token that did
    /// not verify says why; otherwise the declared-access reason.
    /// </summary>
    public static (StatusCode Status, string Message, string Reason) Describe(HttpContext context, DeclaredAccess.Refusal? refusal, bool challenged)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (refusal?.Status == StatusCode.Unauthenticated && PlatformAuthentication.TokenFailure(context) is { } failure)
        {
            return (StatusCode.Unauthenticated, failure.Message, failure.Reason);
        }

        return refusal is not null
            ? (refusal.Status, refusal.Message, refusal.Reason)
            : (challenged ? StatusCode.Unauthenticated : StatusCode.PermissionDenied, "调用被拒绝。 (The call was refused.)", "CALL_REFUSED");
    }
}
