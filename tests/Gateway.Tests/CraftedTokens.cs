using System.Text;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests;

/// <summary>
/// Tokens a careful attacker or a broken issuer would send, built by hand: the issuer the platform
/// ships cannot make them. Each names a Jiaozuo counter clerk, so only the token's form is at fault.
/// </summary>
internal static class CraftedTokens
{
    private static readonly Dictionary<string, object> ClerkClaims = new()
    {
        [JwtRegisteredClaimNames.Sub] = "clerk-001",
        [TokenClaims.Role] = "counter",
        [TokenClaims.RegionCode] = "410800",
    };

    /// <summary>Signed with the trusted key, valid now, but claiming to have been issued an hour from now.</summary>
    public static string IssuedInTheFuture()
    {
        var now = DateTime.UtcNow;
        return Signed(TestCallers.SigningKey, SecurityAlgorithms.EcdsaSha256, issuedAt: now.AddHours(1), notBefore: now.AddMinutes(-1), expires: now.AddHours(2));
    }

    /// <summary>
    /// Valid for under 12 hours counted from its own issue time, which it sets ten hours ahead, so that
    /// it stays valid 21 hours from now: the lifetime must also count from now.
    /// </summary>
    public static string ValidTwentyOneHoursFromNow()
    {
        var now = DateTime.UtcNow;
        return Signed(TestCallers.SigningKey, SecurityAlgorithms.EcdsaSha256, issuedAt: now.AddHours(10), notBefore: now.AddMinutes(-1), expires: now.AddHours(21));
    }

    /// <summary>"alg": "none", no signature at all (RFC 7519 §6, the unsecured JWT).</summary>
    public static string Unsigned()
    {
        var now = DateTimeOffset.UtcNow;
        var header = Base64Url("""{"alg":"none","typ":"JWT","kid":"test"}""");
        var payload = Base64Url($$"""{"iss":"{{TestCallers.Options.Issuer}}","aud":"{{TestCallers.Options.Audience}}","sub":"clerk-001","role":"counter","region":"410800","iat":{{now.ToUnixTimeSeconds()}},"nbf":{{now.ToUnixTimeSeconds() - 60}},"exp":{{now.AddHours(1).ToUnixTimeSeconds()}}}""");
        return $"{header}.{payload}.";
    }

    /// <summary>
    /// HS256 with the trusted key's public half as the HMAC secret, under the trusted key's kid: the
    /// algorithm-confusion attack on verifiers that let the token choose the algorithm.
    /// </summary>
    public static string HmacWithThePublicKey()
    {
        var secret = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(TestCallers.PublicKey)) { KeyId = TestCallers.TestKeyId };
        var now = DateTime.UtcNow;
        return Signed(secret, SecurityAlgorithms.HmacSha256, issuedAt: now, notBefore: now.AddMinutes(-1), expires: now.AddHours(1));
    }

    private static string Signed(SecurityKey key, string algorithm, DateTime issuedAt, DateTime notBefore, DateTime expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestCallers.Options.Issuer,
            Audience = TestCallers.Options.Audience,
            Claims = ClerkClaims,
            IssuedAt = issuedAt,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
