using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>The role checks services make themselves, whatever the gateway already decided.</summary>
public static class CallerChecks
{
    /// <summary>Throws PERMISSION_DENIED (UNAUTHENTICATED for anonymous callers) unless the caller has one of the roles.</summary>
    public static Caller Require(this Caller caller, params CallerRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (roles.Contains(caller.Role))
        {
            return caller;
        }

        var allowed = string.Join(" or ", roles.Select(r => r.ToString().ToLowerInvariant()));
        if (!caller.IsAuthenticated)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"This call needs a signed-in {allowed}."));
        }

        throw new RpcException(new Status(StatusCode.PermissionDenied,
            $"This call is for a {allowed}; the caller is a {caller.Role.ToString().ToLowerInvariant()}."));
    }

    /// <summary>For a bank caller: throws PERMISSION_DENIED unless the request's bank code is the caller's own.</summary>
    public static void RequireOwnBank(this Caller caller, string bankCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role == CallerRole.Bank && !string.Equals(caller.BankCode, bankCode, StringComparison.Ordinal))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"A bank may act only for its own bank code ({caller.BankCode ?? "none"}), not '{Validation.PlainText.Quote(bankCode)}'."));
        }
    }
}
