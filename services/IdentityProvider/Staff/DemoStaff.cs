using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// The demonstration staff of a local run (Development only, like the development key): two Jiaozuo clerks,
/// a Jiaozuo clerk who may also review (复核) others' decisions, a Jiyuan clerk, a Jiaozuo auditor and an admin, fictional people with one password and one authenticator
/// key, both in the repository and so never trusted outside Development.
/// </summary>
public static class DemoStaff
{
    public const string Password = "Demo-Staff-2026";

    /// <summary>The authenticator key (base32) every demo account is bound to: add it to an authenticator app to sign in.</summary>
    public const string AuthenticatorKey = "DBNCGORNNWXIU3UTD7ZBZ37RZAC2RRU5";

    public static readonly IReadOnlyList<(string StaffNumber, string Name, string Role, string Region, bool MayReview)> Accounts =
    [
        ("JZ-CLERK-01", "王晓红", "counter", "410800", false),
        ("JZ-CLERK-02", "李建国", "counter", "410800", false),
        ("JZ-REVIEW-01", "陈静", "counter", "410800", true),
        ("JY-CLERK-01", "赵敏", "counter", "419001", false),
        ("JZ-AUDIT-01", "孙立", "auditor", "410800", false),
        ("ADMIN-01", "周平", "admin", "", false),
    ];

    /// <summary>The authenticator app's address for the key (otpauth, RFC 6238's usual form).</summary>
    public static string AuthenticatorUri => $"otpauth://totp/{Uri.EscapeDataString("就业创业服务平台（演示）")}?secret={AuthenticatorKey}&digits=6&period=30";

    /// <summary>Creates the accounts that are missing; an account already there is left as it is.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var keys = (IUserAuthenticatorKeyStore<StaffAccount>)scope.ServiceProvider.GetRequiredService<IUserStore<StaffAccount>>();
        foreach (var (staffNumber, name, role, region, mayReview) in Accounts)
        {
            if (await users.FindByNameAsync(staffNumber) is not null)
            {
                continue;
            }

            var account = new StaffAccount { UserName = staffNumber, DisplayName = name, StaffRole = role, OfficeRegion = region, MayReview = mayReview };
            var created = await users.CreateAsync(account, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {staffNumber} was not created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await keys.SetAuthenticatorKeyAsync(account, AuthenticatorKey, cancellationToken);
            await users.SetTwoFactorEnabledAsync(account, true);
        }
    }
}
