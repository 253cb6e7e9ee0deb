using Employment.ServiceDefaults.Errors;
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

        var allowed = string.Join(" or ", roles.Select(TokenClaims.RoleName));
        var allowedZh = string.Join("或", roles.Select(TokenClaims.RoleNameZh));
        if (!caller.IsAuthenticated)
        {
            throw new StatusDetails(StatusCode.Unauthenticated, $"该调用需要{allowedZh}登录后携带令牌（Bearer）调用。 (This call needs a signed-in {allowed}.)")
            {
                Reason = "TOKEN_REQUIRED",
            }.ToException();
        }

        throw new StatusDetails(StatusCode.PermissionDenied,
            $"该调用仅限{allowedZh}，当前调用方是{TokenClaims.RoleNameZh(caller.Role)}。 (This call is for a {allowed}; the caller is a {TokenClaims.RoleName(caller.Role)}.)")
        {
            Reason = "ROLE_NOT_ALLOWED",
        }.ToException();
    }

    /// <summary>For a bank caller: throws PERMISSION_DENIED unless the request's bank code is the caller's own.</summary>
    public static void RequireOwnBank(this Caller caller, string bankCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role == CallerRole.Bank && !string.Equals(caller.BankCode, bankCode, StringComparison.Ordinal))
        {
            throw new StatusDetails(StatusCode.PermissionDenied,
                $"银行只能以本行的银行代码（{caller.BankCode ?? "无"}）办理，请求中的银行代码是“{Validation.PlainText.Quote(bankCode)}”。 (A bank may act only for its own bank code.)")
            {
                Reason = "BANK_CODE_NOT_OWN",
            }.ToException();
        }
    }

    /// <summary>
    /// 复核: throws PERMISSION_DENIED unless the counter clerk's office allows them to review and they did not
    /// make the decision reviewed (maker-checker: the same clerk cannot do both).
    /// </summary>
    public static void RequireReviewerOf(this Caller caller, IReadOnlyCollection<string> decidedBy)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(decidedBy);
        if (caller.Role != CallerRole.Counter || !caller.MayReview)
        {
            throw new StatusDetails(StatusCode.PermissionDenied,
                "复核须由本经办机构授予复核权限的窗口经办人员办理，您的账号没有复核权限。 (Only a clerk the office allows to review may review.)")
            {
                Reason = "REVIEW_NOT_ALLOWED",
            }.ToException();
        }

        if (decidedBy.Contains(caller.Subject, StringComparer.Ordinal))
        {
            throw new StatusDetails(StatusCode.PermissionDenied,
                $"该决定由您（{caller.Subject}）作出，须由另一位经办人员复核。 (The clerk who decided cannot review the same decision.)")
            {
                Reason = "REVIEW_BY_DECIDER",
            }.ToException();
        }
    }
}
