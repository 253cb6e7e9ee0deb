using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// The authenticator's code checked as ASP.NET Core Identity checks it (RFC 6238: 6 digits, 30 s steps, one
/// step either side for a clock a little off), and accepted once only: a code whose step is not later than
/// the last one the account signed in with is refused, so a code seen over a shoulder or in a log signs no
/// one in again within its minute. The check runs on the injected clock (settable in tests).
/// </summary>
public sealed class OnceOnlyAuthenticator(TimeProvider time) : IUserTwoFactorTokenProvider<StaffAccount>
{
    public const string Name = "AuthenticatorOnceOnly";

    /// <summary>An authenticator app makes the codes; the provider never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffAccount> manager, StaffAccount user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffAccount> manager, StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffAccount> manager, StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 1, future: 1)) || step <= user.LastAuthenticatorStep)
        {
            return false;
        }

        // Written with the account's concurrency stamp: of two sign-ins racing with one code, one wins.
        user.LastAuthenticatorStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
