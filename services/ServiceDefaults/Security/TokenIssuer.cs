using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Signs platform tokens: for the launcher's development tokens, a host's own service token in
/// Development, and tests. Production tokens come from the bureau's identity provider instead.
/// </summary>
public sealed class TokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SecurityKey _signingKey;
    private readonly string _issuer;
    private readonly string _audience;
    private readonly TimeProvider _time;

    public TokenIssuer(SecurityKey signingKey, string issuer, string audience, TimeProvider? time = null)
    {
        _signingKey = signingKey;
        _issuer = issuer;
        _audience = audience;
        _time = time ?? TimeProvider.System;
    }

    public static TokenIssuer Development(TokenOptions options) =>
        new(DevelopmentKey.CreateSigningKey(), options.Issuer, options.Audience);

    /// <summary>A token for the caller, valid from now for the lifetime.</summary>
    public string Issue(Caller caller, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return Issue(caller, now, now + lifetime);
    }

    /// <summary>A token valid in [notBefore, expires): tests use it for not-yet-valid and expired tokens.</summary>
    public string Issue(Caller caller, DateTime notBefore, DateTime expires, string? audience = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = caller.Subject,
            [TokenClaims.Role] = TokenClaims.RoleName(caller.Role),
        };
        if (caller.BankCode is { } bank)
        {
            claims[TokenClaims.BankCode] = bank;
        }

        if (caller.RegionCode is { } region)
        {
            claims[TokenClaims.RegionCode] = region;
        }

        if (caller.EmployerId is { } employer)
        {
            claims[TokenClaims.EmployerId] = employer;
        }

        if (caller.MayReview)
        {
            claims[TokenClaims.Review] = "true";
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = audience ?? _audience,
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(_signingKey, Algorithm(_signingKey)),
        });
    }

    private static string Algorithm(SecurityKey key) =>
        key is ECDsaSecurityKey ? SecurityAlgorithms.EcdsaSha256 : SecurityAlgorithms.RsaSha256;
}
