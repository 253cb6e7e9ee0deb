using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// What a platform token must be, for JwtBearer in the gateway and in every service: signed by a
/// trusted key named by its <c>kid</c> (an unknown kid is refused, keys are never tried in turn),
/// ES256 or RS256, the platform's issuer and audience, within its lifetime, valid for no longer than
/// <see cref="TokenOptions.MaxLifetime"/>, naming a known role and a subject, a bank token its bank.
/// </summary>
public static class PlatformTokens
{
    public static TokenValidationParameters Parameters(TokenOptions options, IReadOnlyList<SecurityKey> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKeys = trustedKeys,
            TryAllIssuerSigningKeys = false,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = options.ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
            NameClaimType = "sub",
            RoleClaimType = TokenClaims.Role,
        };
    }

    /// <summary>
    /// Why a token that verified is still refused (lifetime too long, issued in the future, unknown
    /// role, missing subject or bank); null when it is fine. The lifetime is counted both from the
    /// token's own issue time and from <paramref name="now"/>, so a token that claims a recent
    /// <c>iat</c> cannot stay valid for longer than the platform allows.
    /// </summary>
    public static TokenRefusal? Refusal(SecurityToken token, TokenOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (token is not JsonWebToken jwt)
        {
            return new("令牌不是 JSON Web Token，请向签发方重新申请令牌。 (The bearer token is not a JSON web token.)", "TOKEN_MALFORMED");
        }

        var from = jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out _) ? jwt.IssuedAt : jwt.ValidFrom;
        var until = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        if (from == DateTime.MinValue || jwt.ValidTo - from > options.MaxLifetime || until - now > options.MaxLifetime + options.ClockSkew)
        {
            return new($"令牌有效期超过平台允许的 {options.MaxLifetime.TotalHours:0.#} 小时，或未写明签发时间，请重新申请令牌。 (The bearer token is valid for longer than the platform allows ({options.MaxLifetime.TotalHours:0.#} h) or says not when it was issued.)",
                "TOKEN_LIFETIME_TOO_LONG");
        }

        if (new DateTimeOffset(from, TimeSpan.Zero) - now > options.ClockSkew)
        {
            return new("令牌的签发时间晚于当前时间，请核对签发方的时钟。 (The bearer token says it was issued in the future; check the issuing clock.)", "TOKEN_ISSUED_IN_FUTURE");
        }

        return Caller(jwt) is null
            ? new("令牌未写明平台认可的角色或主体，或银行令牌未写明银行代码、单位令牌未写明单位。 (The bearer token names no role the platform knows, no subject, a bank token no bank, or an employer token no employer.)", "TOKEN_CLAIMS_MISSING")
            : null;
    }

    /// <summary>The caller a verified principal names; Anonymous when it names none.</summary>
    public static Caller CallerOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Security.Caller.Anonymous;
        }

        return Caller(principal.FindFirst(TokenClaims.Role)?.Value, principal.FindFirst("sub")?.Value,
            principal.FindFirst(TokenClaims.BankCode)?.Value, principal.FindFirst(TokenClaims.RegionCode)?.Value,
            principal.FindFirst(TokenClaims.EmployerId)?.Value, principal.FindFirst(TokenClaims.Review)?.Value) ?? Security.Caller.Anonymous;
    }

    private static Caller? Caller(JsonWebToken jwt) => Caller(
        jwt.TryGetPayloadValue<string>(TokenClaims.Role, out var role) ? role : null,
        jwt.Subject,
        jwt.TryGetPayloadValue<string>(TokenClaims.BankCode, out var bank) ? bank : null,
        jwt.TryGetPayloadValue<string>(TokenClaims.RegionCode, out var region) ? region : null,
        jwt.TryGetPayloadValue<string>(TokenClaims.EmployerId, out var employer) ? employer : null,
        jwt.TryGetPayloadValue<string>(TokenClaims.Review, out var review) ? review : null);

    private static Caller? Caller(string? roleText, string? subject, string? bank, string? region, string? employer, string? review)
    {
        // The role is written exactly as TokenClaims.RoleName writes it (lower case); "public" is nobody's token.
        if (!Enum.TryParse<CallerRole>(roleText, ignoreCase: true, out var role)
            || !Enum.IsDefined(role) || role == CallerRole.Public || !string.Equals(roleText, TokenClaims.RoleName(role), StringComparison.Ordinal)
            || string.IsNullOrEmpty(subject) || (role == CallerRole.Bank && string.IsNullOrEmpty(bank))
            || (role == CallerRole.Employer && string.IsNullOrEmpty(employer)))
        {
            return null;
        }

        // An employer id means something only on an employer agent's token; a person's region, nothing;
        // the review permission only on a counter clerk's, bound to their office's region.
        return new Caller(role, subject, NullIfEmpty(bank), role is CallerRole.Person or CallerRole.Employer ? null : NullIfEmpty(region),
            role == CallerRole.Employer ? employer : null,
            MayReview: role == CallerRole.Counter && !string.IsNullOrEmpty(region) && string.Equals(review, "true", StringComparison.Ordinal));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
