using System.Net;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Sign-in attempts are limited per address, the caller's as the gateway forwards it: past the limit one address
/// is answered 429 with when to try again and logged, while the same clerk signs in from another address at
/// once — the limit slows guessing from one place and locks no account, so an office is not shut out.
/// </summary>
public sealed class SignInThrottleTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";

    protected override string[] Settings => ["--IdentityProvider:SignInAttemptsPerAddressPerMinute=3"];

    [Fact]
    public async Task Past_the_limit_an_address_waits_while_the_same_clerk_signs_in_from_another_address()
    {
        var key = await ClerkAsync("JZ0031", "410800", Password);
        using var guesser = Flow();
        guesser.Browser.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.40");
        var (_, authorize) = guesser.AuthorizeAddress();
        var returnUrl = await guesser.SentToSignInAsync(authorize);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add((await guesser.PostPasswordAsync(returnUrl, "JZ0031", "wrong-" + attempt)).Status);
        }

        var (throttled, page) = await guesser.PostPasswordAsync(returnUrl, "JZ0031", Password);
        using var office = Flow();
        office.Browser.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.41");
        var (signedIn, _) = await office.SignInAsync("JZ0031", Password, () => Employment.TestInfrastructure.SignInFlow.Code(key));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled);
        Assert.Contains("尝试过于频繁", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signedIn);
        Assert.Contains(Provider.Log, line => line.Contains("throttled", StringComparison.Ordinal) && line.Contains("10.20.30.40", StringComparison.Ordinal));
        // The refused passwords are kept in the sign-in log under the forwarded address, not the gateway's.
        Assert.Contains(Provider.Log, line => line.Contains("JZ0031", StringComparison.Ordinal) && line.Contains("10.20.30.40", StringComparison.Ordinal));
    }
}
