using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The caller from the call's bearer token (<c>authorization: Bearer …</c>), verified here: signature
/// against the trusted keys, issuer, audience and lifetime. No token: <see cref="Caller.Anonymous"/>.
/// A token that does not verify: UNAUTHENTICATED, never a fallback to anonymous.
/// </summary>
public sealed class JwtCallerResolver : ICallerResolver
{
    public const string AuthorizationHeader = "authorization";

    // The verified caller is kept on the call, so the interceptor and the service verify once.
    private static readonly object CallerKey = new();

    // Verified tokens are remembered until they expire: a signature check costs far more than the
    // call it guards, and a caller sends the same token on many calls. Bounded; emptied when full.
    private const int RememberedTokens = 10_000;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Caller Caller, DateTime ValidTo)> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public JwtCallerResolver(TokenOptions options, IReadOnlyList<SecurityKey> trustedKeys, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? TimeProvider.System;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKeys = trustedKeys,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = options.ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
        };
    }

    public Caller Resolve(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.UserState.TryGetValue(CallerKey, out var known))
        {
            return (Caller)known;
        }

        var caller = Verify(context.RequestHeaders.GetValue(AuthorizationHeader));
        context.UserState[CallerKey] = caller;
        return caller;
    }

    /// <summary>The caller an authorization header value names; Anonymous when there is none.</summary>
    public Caller Verify(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return Caller.Anonymous;
        }

        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw Unauthenticated("The authorization header must be a bearer token.");
        }

        var token = authorization[scheme.Length..].Trim();
        if (_verified.TryGetValue(token, out var remembered) && _time.GetUtcNow().UtcDateTime < remembered.ValidTo)
        {
            return remembered.Caller;
        }

        // The keys are in memory, so validation never waits on I/O and completes synchronously.
        var result = _handler.ValidateTokenAsync(token, _parameters).GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            // The exception's type says why (expired, bad signature, audience) without echoing the token.
            throw Unauthenticated($"The bearer token was refused ({result.Exception?.GetType().Name ?? "invalid"}).");
        }

        var claims = result.Claims;
        var roleText = claims.TryGetValue(TokenClaims.Role, out var r) ? r as string : null;
        if (!Enum.TryParse<CallerRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role) || role == CallerRole.Public
            || !string.Equals(roleText, TokenClaims.RoleName(role), StringComparison.Ordinal))
        {
            throw Unauthenticated("The bearer token names no role the platform knows.");
        }

        var subject = claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var s) ? s as string : null;
        if (string.IsNullOrEmpty(subject))
        {
            throw Unauthenticated("The bearer token has no subject.");
        }

        var bank = claims.TryGetValue(TokenClaims.BankCode, out var b) ? b as string : null;
        var region = claims.TryGetValue(TokenClaims.RegionCode, out var g) ? g as string : null;
        if (role == CallerRole.Bank && string.IsNullOrEmpty(bank))
        {
            // A bank token without its bank code could not be bound to one bank.
            throw Unauthenticated("A bank token must carry its bank code.");
        }

        var caller = new Caller(role, subject, NullIfEmpty(bank), NullIfEmpty(region));
        if (_verified.Count >= RememberedTokens)
        {
            _verified.Clear();
        }

        // Remembered no longer than the token is valid without the clock-skew allowance.
        _verified[token] = (caller, result.SecurityToken.ValidTo);
        return caller;
    }

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
