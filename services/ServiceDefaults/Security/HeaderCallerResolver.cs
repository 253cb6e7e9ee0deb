using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// A STAND-IN until verified identities arrive (the gateway issue): reads the caller from plain
/// headers (<c>x-employment-role</c>, <c>-actor</c>, <c>-bank</c>, <c>-region</c>), which anyone can
/// set. It exists so services can enforce roles today through one seam; the gateway work replaces
/// it with a resolver that verifies a signed token.
/// </summary>
public sealed class HeaderCallerResolver : ICallerResolver
{
    public const string RoleHeader = "x-employment-role";
    public const string ActorHeader = "x-employment-actor";
    public const string BankHeader = "x-employment-bank";
    public const string RegionHeader = "x-employment-region";

    public Caller Resolve(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.RequestHeaders;
        var roleText = headers.GetValue(RoleHeader);
        if (string.IsNullOrEmpty(roleText))
        {
            return Caller.Anonymous;
        }

        if (!Enum.TryParse<CallerRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"Unknown role '{roleText}'."));
        }

        var actor = headers.GetValue(ActorHeader) is { Length: > 0 } a ? a : roleText;
        return new Caller(role, actor, NullIfEmpty(headers.GetValue(BankHeader)), NullIfEmpty(headers.GetValue(RegionHeader)));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
