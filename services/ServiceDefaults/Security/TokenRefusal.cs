using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>Why a bearer token was refused: the message the caller reads and ErrorInfo's reason.</summary>
public sealed record TokenRefusal(string Message, string Reason)
{
    /// <summary>
    /// The refusal for a token JwtBearer could not verify, said by what went wrong (expired, bad
    /// signature, unknown key, not a token at all) without naming a library type or echoing the token.
    /// </summary>
    public static TokenRefusal Of(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => new("令牌已过期，请重新申请令牌。 (The bearer token has expired.)", "TOKEN_EXPIRED"),
        SecurityTokenNotYetValidException => new("令牌尚未生效，请核对签发方的时钟。 (The bearer token is not valid yet.)", "TOKEN_NOT_YET_VALID"),
        SecurityTokenSignatureKeyNotFoundException => new("令牌的签名密钥不是平台信任的密钥。 (The bearer token is signed with a key the platform does not trust.)", "TOKEN_KEY_UNKNOWN"),
        SecurityTokenInvalidSignatureException => new("令牌签名无法验证。 (The bearer token's signature does not verify.)", "TOKEN_SIGNATURE_INVALID"),
        SecurityTokenInvalidIssuerException => new("令牌的签发方不是平台认可的签发方。 (The bearer token's issuer is not trusted.)", "TOKEN_ISSUER_INVALID"),
        SecurityTokenInvalidAudienceException => new("令牌不是签发给本平台的。 (The bearer token is for another audience.)", "TOKEN_AUDIENCE_INVALID"),
        SecurityTokenMalformedException or ArgumentException => new("令牌格式不正确，不是有效的 JSON Web Token。 (The bearer token is malformed.)", "TOKEN_MALFORMED"),
        _ => new("令牌无法验证，请重新申请令牌。 (The bearer token could not be verified.)", "TOKEN_INVALID"),
    };
}
