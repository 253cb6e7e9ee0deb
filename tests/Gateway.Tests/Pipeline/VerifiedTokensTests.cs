using System.Security.Claims;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "nothing may get less correct or less safe": remembering verified tokens
/// (<see cref="VerifiedTokens"/>) answers exactly as the full check does — an expired token is refused
/// even after it was remembered, a token altered by one character is checked in full and refused, and
/// no request sees what another did to its identity.
/// </summary>
public sealed class VerifiedTokensTests : IDisposable
{
    private static readonly Caller Clerk = new(CallerRole.Counter, "clerk-018", RegionCode: "410800");

    private readonly VerifiedTokens _tokens = new(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System);

    private static Microsoft.IdentityModel.Tokens.TokenValidationParameters Parameters(TimeSpan clockSkew) =>
        PlatformTokens.Parameters(new TokenOptions { ClockSkew = clockSkew }, [TestCallers.SigningKey]);

    [Fact(Timeout = 30_000)]
    public async Task A_remembered_token_answers_as_the_full_check_with_the_same_claims()
    {
        var token = TestCallers.Token(Clerk);
        var first = await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero));
        var again = await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero));

        Assert.True(first.IsValid);
        Assert.True(again.IsValid);
        Assert.Equal(Claims(first.ClaimsIdentity), Claims(again.ClaimsIdentity));
        Assert.Equal(Clerk, PlatformTokens.CallerOf(new ClaimsPrincipal(again.ClaimsIdentity)));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_remembered_token_is_refused_once_it_expires()
    {
        // Valid for three more seconds by a clock the test moves, and no clock skew: remembered now,
        // refused once the clock passes its exp. The full check reads the same clock (its lifetime rule
        // as the library's, on the test's clock), so no real time has to pass.
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        using var tokens = new VerifiedTokens(new JsonWebTokenHandler { MapInboundClaims = false }, clock);
        var parameters = Parameters(TimeSpan.Zero);
        parameters.LifetimeValidator = (_, expires, _, _) => expires > clock.UtcNow.UtcDateTime
            ? true
            : throw new Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException($"expired at {expires:O}") { Expires = expires!.Value };
        var expires = clock.UtcNow.AddSeconds(3);
        var token = TestCallers.Issuer.Issue(Clerk, clock.UtcNow.UtcDateTime.AddMinutes(-1), expires.UtcDateTime);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True(tokens.Knows(token));

        clock.UtcNow = expires.AddSeconds(1);

        Assert.False(tokens.Knows(token));
        var after = await tokens.ValidateTokenAsync(token, parameters);
        Assert.False(after.IsValid);
        Assert.IsType<Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException>(after.Exception);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_token_altered_after_its_original_was_remembered_is_refused()
    {
        var token = TestCallers.Token(Clerk);
        Assert.True((await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero))).IsValid);

        // The same header and claims, one signature character changed.
        var last = token[^2] == 'A' ? 'B' : 'A';
        var altered = token[..^2] + last + token[^1];
        var result = await _tokens.ValidateTokenAsync(altered, Parameters(TimeSpan.Zero));

        Assert.False(result.IsValid);
    }

    [Fact(Timeout = 30_000)]
    public async Task What_one_request_adds_to_its_identity_no_other_request_sees()
    {
        var token = TestCallers.Token(Clerk);
        var first = await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero));
        first.ClaimsIdentity.AddClaim(new Claim(TokenClaims.Role, "admin"));
        var second = await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero));
        second.ClaimsIdentity.AddClaim(new Claim(TokenClaims.Role, "bank"));

        var third = await _tokens.ValidateTokenAsync(token, Parameters(TimeSpan.Zero));

        Assert.DoesNotContain(second.ClaimsIdentity.Claims, c => c.Value == "admin");
        Assert.DoesNotContain(third.ClaimsIdentity.Claims, c => c.Value is "admin" or "bank");
    }

    public void Dispose() => _tokens.Dispose();

    private static string[] Claims(ClaimsIdentity identity) =>
        [.. identity.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal)];
}
