using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// JwtBearer's token handler with a memory of the tokens it has already verified. A caller sends the
/// same bearer token with every call for hours (a bank's system, a counter's session, a service's own
/// token), and each hop (the gateway, then the service) checked its ES256 signature again: about 90 µs
/// of CPU per call and hop, the largest single cost of a bank's eligibility query after the database
/// (the profile). The memory changes no decision:
/// <list type="bullet">
/// <item>only tokens that passed the full check are kept, keyed by their exact text, so a hit is the same
/// bytes the signature was checked over; a refusal is never kept and is checked again each time;</item>
/// <item>an entry lives no longer than the token itself (its <c>exp</c>, without the clock skew the full
/// check allows), so an expired token always goes back to the full check, which refuses it;</item>
/// <item>each hit gets an identity of its own, built from the claims as verified, so nothing one request
/// does to it reaches another;</item>
/// <item>the platform's own checks after the signature (<see cref="PlatformTokens.Refusal"/>, run by
/// JwtBearer's <c>OnTokenValidated</c>) still run on every call;</item>
/// <item>the trusted keys are fixed for the life of the process (<see cref="PlatformTokens.Parameters"/>),
/// so a kept result cannot outlive the key it was checked with.</item>
/// </list>
/// The memory is bounded (<see cref="Capacity"/> tokens); beyond it the oldest-used are dropped.
/// </summary>
public sealed class VerifiedTokens : TokenHandler, IDisposable
{
    /// <summary>How many distinct tokens are remembered: far more than the callers a host serves at once.</summary>
    public const int Capacity = 10_000;

    private readonly JsonWebTokenHandler _inner;
    private readonly TimeProvider _time;
    private readonly MemoryCache _verified = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });

    public VerifiedTokens(JsonWebTokenHandler inner, TimeProvider time)
    {
        _inner = inner;
        _time = time;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_verified.TryGetValue(token, out Verified? known) && known!.Until > _time.GetUtcNow())
        {
            return known.Result();
        }

        var result = await _inner.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (result.IsValid && result.SecurityToken is JsonWebToken jwt && result.ClaimsIdentity is { } identity)
        {
            var until = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
            if (until > _time.GetUtcNow())
            {
                // The claims as they are now, before the request that verified the token goes on with the
                // identity (ClaimsIdentity.Clone shares what is added to the original afterwards).
                var entry = new Verified(jwt, [.. identity.Claims.Select(c => c.Clone())], identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType, result.Issuer, result.TokenType, until);
                _verified.Set(token, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until });
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the token passed the full check here and has not expired since: what a throttle of
    /// refused tokens lets through, so one address's forgeries do not lock out the valid callers that
    /// share it (an office behind one NAT).
    /// </summary>
    public bool Knows(string token) =>
        _verified.TryGetValue(token, out Verified? known) && known!.Until > _time.GetUtcNow();

    public override SecurityToken ReadToken(string token) => _inner.ReadToken(token);

    public void Dispose() => _verified.Dispose();

    private sealed record Verified(
        JsonWebToken Token, Claim[] Claims, string? AuthenticationType, string NameType, string RoleType, string Issuer, string TokenType, DateTimeOffset Until)
    {
        /// <summary>A new identity each time: its constructor copies every claim onto it.</summary>
        public TokenValidationResult Result() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = new CaseSensitiveClaimsIdentity(Claims, AuthenticationType, NameType, RoleType),
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}
