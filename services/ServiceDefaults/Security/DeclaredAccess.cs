using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The ASP.NET Core authorization policy built from the proto <c>access</c> options (<see cref="AccessRules"/>):
/// the fallback policy of every service host, so every gRPC method (and its REST binding) is judged by
/// the roles its contract declares, with no attribute to forget. Closed by default: a method of the
/// platform's packages that declares no role is refused to everyone. Methods the contracts do not know
/// pass on, so grpc-dotnet answers UNIMPLEMENTED; health and reflection are exempt. The gateway asks the
/// same policy about the method a request names before it proxies.
/// </summary>
public static class DeclaredAccess
{
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder().AddRequirements(new Requirement()).Build();

    /// <summary>ErrorInfo's reason when the caller's role is not among a method's.</summary>
    public const string RoleNotAllowedReason = "ROLE_NOT_ALLOWED";

    /// <summary>
    /// The refusal a signed-in caller reads when their role is not among <paramref name="roles"/>: the declared roles'
    /// refusal, and a shared method's narrower roles in one service (the kit's lifecycle contracts), word for word.
    /// </summary>
    public static string RoleNotAllowed(IEnumerable<CallerRole> roles, CallerRole caller)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var allowed = roles.ToArray();
        return $"该调用仅限{string.Join("或", allowed.Select(TokenClaims.RoleNameZh))}，当前调用方是{TokenClaims.RoleNameZh(caller)}。 (This call is for a {string.Join(" or ", allowed.Select(TokenClaims.RoleName))}; the caller is a {TokenClaims.RoleName(caller)}.)";
    }

    /// <summary>The requirement: the caller holds one of the roles the method declares.</summary>
    public sealed class Requirement : IAuthorizationRequirement;

    /// <summary>Why a call was refused, with the gRPC status to answer.</summary>
    public sealed class Refusal(IAuthorizationHandler handler, StatusCode status, string message, string reason) : AuthorizationFailureReason(handler, message)
    {
        public StatusCode Status { get; } = status;

        /// <summary>ErrorInfo's reason, e.g. ROLE_NOT_ALLOWED.</summary>
        public string Reason { get; } = reason;
    }

    /// <summary>The gateway's resource: the method a request names and the request itself (whose token may have failed).</summary>
    public sealed record MethodCall(HttpContext Http, string MethodPath);

    /// <summary>
    /// Judges the method named by the resource: a method path (<see cref="MethodCall"/>, the gateway),
    /// or the endpoint of the request being authorized (a service host).
    /// </summary>
    public sealed class Handler(AccessRules rules) : AuthorizationHandler<Requirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            ArgumentNullException.ThrowIfNull(context);
            var (rule, http) = context.Resource switch
            {
                // A path the contracts do not know passes on: the gateway answers UNIMPLEMENTED for it.
                MethodCall call => (rules.Canonical(call.MethodPath) is { } known ? rules.For(known) : null, call.Http),
                string path => (rules.Canonical(path) is { } known ? rules.For(known) : null, null),
                // A method this host serves is judged even when no contract declares it: closed when its
                // package is the platform's, exempt otherwise (health, reflection).
                HttpContext request => (request.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName is { } served ? rules.For(served) : null, request),
                _ => (null, null),
            };
            if (rule is null || rule.Exempt)
            {
                context.Succeed(requirement);
                return Task.CompletedTask;
            }

            var caller = PlatformTokens.CallerOf(context.User);
            var tokenFailure = http is null ? null : PlatformAuthentication.TokenFailure(http);
            Refusal? refusal;
            if (tokenFailure is not null)
            {
                // A token was sent and did not verify (or two were sent): refused even on a public
                // method, never quietly treated as no token at all.
                refusal = new Refusal(this, StatusCode.Unauthenticated, tokenFailure.Message, tokenFailure.Reason);
            }
            else if (rule.IsOpen || (caller.IsAuthenticated && rule.Roles.Contains(caller.Role)))
            {
                context.Succeed(requirement);
                return Task.CompletedTask;
            }
            else
            {
                refusal = rule.IsClosed
                    ? new Refusal(this, StatusCode.PermissionDenied, "该方法未声明任何可调用的角色，任何调用方都不能调用。 (No role may call this method: its contract declares none.)", "METHOD_CLOSED")
                    : caller.IsAuthenticated
                        ? new Refusal(this, StatusCode.PermissionDenied, RoleNotAllowed(rule.Roles, caller.Role), RoleNotAllowedReason)
                        : new Refusal(this, StatusCode.Unauthenticated,
                            $"该调用需要{string.Join("或", rule.Roles.Select(TokenClaims.RoleNameZh))}登录后携带令牌（Bearer）调用。 (This call needs a signed-in {string.Join(" or ", rule.Roles.Select(TokenClaims.RoleName))}.)", "TOKEN_REQUIRED");
            }

            if (http is not null)
            {
                // ASP.NET Core's challenge result carries no failure reasons: the answer reads it here.
                http.Items[typeof(Refusal)] = refusal;
            }

            context.Fail(refusal);
            return Task.CompletedTask;
        }
    }
}
