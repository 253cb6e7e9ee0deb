using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// Staff sign in with their 工号 and password, then their authenticator's code (TOTP, ASP.NET Core Identity's),
/// on the provider's own pages, on the way of an authorization request (<see cref="AuthorizeEndpoint"/>).
/// A known, an unknown and a disabled 工号 get the same answer in the same time until the password is right.
/// Wrong passwords and codes count together towards the lockout, per 工号 and address (<see cref="SignInFailures"/>);
/// a disabled account signs in no more; an account without an authenticator is refused until an admin binds one.
/// Each outcome goes to the sign-in log.
/// </summary>
public static partial class StaffSignIn
{
    public static void MapStaffSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Respond(context, antiforgery, tokens => SignInPage.Password(Local(returnUrl), tokens, null, null)));
        app.MapPost("/signin", SubmitPasswordAsync).RequireRateLimiting(Pages.SignInThrottle.Policy);
        app.MapGet("/signin/code", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Respond(context, antiforgery, tokens => SignInPage.Code(Local(returnUrl), tokens, null)));
        app.MapPost("/signin/code", SubmitCodeAsync).RequireRateLimiting(Pages.SignInThrottle.Policy);
    }

    private static async Task<IResult> SubmitPasswordAsync(HttpContext context, IAntiforgery antiforgery, UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, SignInFailures failures, IdentityProviderOptions options, ILogger<StaffAccount> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        var staffNumber = form["staffNumber"].ToString().Trim();
        var password = form["password"].ToString();
        var address = Address(context);
        IResult Again(string problem, int status) => Respond(context, antiforgery, tokens => SignInPage.Password(returnUrl, tokens, Shown(staffNumber), problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新输入工号和密码。", StatusCodes.Status400BadRequest);
        }

        if (await failures.LockedUntilAsync(staffNumber, address, context.RequestAborted) is not null)
        {
            SignInLog.Refused(log, SignInLog.Typed(staffNumber), "locked_out", address);
            return Again(Locked(options), StatusCodes.Status423Locked);
        }

        // A known, an unknown and a disabled 工号 are answered alike, after one password hash each, until the
        // password is right: only then is a disabled account named as such.
        var account = staffNumber.Length is > 0 and <= StaffSignInFailure.MaxStaffNumberLength ? await users.FindByNameAsync(staffNumber) : null;
        if (account is null || account.Disabled)
        {
            var right = account is null ? UnknownAccount.Check(users.PasswordHasher, password) : await users.CheckPasswordAsync(account, password);
            if (right)
            {
                SignInLog.Refused(log, account!.StaffNumber, "disabled", address);
                return Again("该账号已停用，请联系管理员。", StatusCodes.Status403Forbidden);
            }

            return await WrongAsync(account is null ? "unknown_staff_number" : "disabled_wrong_password");
        }

        // The account itself never locks on failures (a caller anywhere could aim that); they are counted per 工号 and address.
        var result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            return Results.Redirect("/signin/code?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (result.Succeeded)
        {
            // A password alone is not enough for staff: the account needs its authenticator first.
            await signIn.SignOutAsync();
            SignInLog.Refused(log, staffNumber, "no_authenticator", address);
            return Again("该账号尚未绑定身份验证器，请联系管理员绑定后再登录。", StatusCodes.Status403Forbidden);
        }

        if (result.IsLockedOut)
        {
            SignInLog.Refused(log, staffNumber, "account_locked_out", address);
            return Again(AccountLocked(options), StatusCodes.Status423Locked);
        }

        return await WrongAsync("wrong_password");

        async Task<IResult> WrongAsync(string reason)
        {
            SignInLog.Refused(log, SignInLog.Typed(staffNumber), reason, address);
            return await failures.RecordAsync(staffNumber, address, context.RequestAborted) is not null
                ? Again(Locked(options), StatusCodes.Status423Locked)
                : Again(Wrong(options), StatusCodes.Status401Unauthorized);
        }
    }

    private static async Task<IResult> SubmitCodeAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, SignInFailures failures, IdentityProviderOptions options, ILogger<StaffAccount> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        var address = Address(context);
        IResult Again(string problem, int status) => Respond(context, antiforgery, tokens => SignInPage.Code(returnUrl, tokens, problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新输入动态验证码。", StatusCodes.Status400BadRequest);
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (await failures.LockedUntilAsync(account.StaffNumber, address, context.RequestAborted) is not null)
        {
            SignInLog.Refused(log, account.StaffNumber, "locked_out", address);
            return Again(Locked(options), StatusCodes.Status423Locked);
        }

        var code = form["code"].ToString().Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await failures.ClearAsync(account.StaffNumber, address, context.RequestAborted);
            SignInLog.SignedIn(log, account.StaffNumber, address);
            return Results.Redirect(returnUrl);
        }

        if (result.IsLockedOut)
        {
            SignInLog.Refused(log, account.StaffNumber, "account_locked_out", address);
            return Again(AccountLocked(options), StatusCodes.Status423Locked);
        }

        SignInLog.Refused(log, account.StaffNumber, "wrong_code", address);
        return await failures.RecordAsync(account.StaffNumber, address, context.RequestAborted) is not null
            ? Again(Locked(options), StatusCodes.Status423Locked)
            : Again("动态验证码不正确或已过期，请输入身份验证器当前显示的数字。", StatusCodes.Status401Unauthorized);
    }

    /// <summary>The 工号 put back in the form after a refusal: as typed, within the field's length.</summary>
    private static string Shown(string staffNumber) =>
        staffNumber.Length <= StaffSignInFailure.MaxStaffNumberLength ? staffNumber : staffNumber[..StaffSignInFailure.MaxStaffNumberLength];

    private static string Wrong(IdentityProviderOptions options) =>
        $"工号或密码不正确。同一工号在本网络连续输错 {options.Staff.MaxFailedAttempts} 次，将暂停登录 {options.Staff.Lockout.TotalMinutes:0} 分钟。";

    // Only wrong codes, typed after the right password, lock the account itself (Identity's lockout).
    private static string AccountLocked(IdentityProviderOptions options) =>
        $"动态验证码连续输错次数过多，账号已锁定 {options.Staff.Lockout.TotalMinutes:0} 分钟，请稍后再试，或请管理员解锁。";

    private static string Locked(IdentityProviderOptions options) =>
        $"连续输错次数过多，本网络暂停以该工号登录 {options.Staff.Lockout.TotalMinutes:0} 分钟。请稍后再试，或请管理员解锁。";
}

/// <summary>
/// The password check of a 工号 that has no account: the same hash work as a real one's, so that the answer's
/// time does not tell whether the 工号 exists. Always false.
/// </summary>
internal static class UnknownAccount
{
    private static readonly StaffAccount Nobody = new() { UserName = "" };
    private static string? _hash;

    public static bool Check(IPasswordHasher<StaffAccount> hasher, string password)
    {
        _hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        _ = hasher.VerifyHashedPassword(Nobody, _hash, password);
        return false;
    }
}

/// <summary>The sign-in log: every outcome, with the 工号 tried and the address, never the password or code.</summary>
internal static partial class SignInLog
{
    /// <summary>
    /// A 工号 as typed, fit for one log line: control characters (a CR/LF would forge a line) shown as U+FFFD and
    /// the whole cut to the field's length, with a mark that it was cut.
    /// </summary>
    public static string Typed(string staffNumber)
    {
        var cut = staffNumber.Length > StaffSignInFailure.MaxStaffNumberLength;
        var kept = cut ? staffNumber[..StaffSignInFailure.MaxStaffNumberLength] : staffNumber;
        var shown = string.Create(kept.Length, kept, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '\uFFFD' : text[i];
            }
        });
        return cut ? shown + "…(" + staffNumber.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : shown;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Staff sign-in: {StaffNumber} signed in from {Address}")]
    public static partial void SignedIn(ILogger logger, string staffNumber, string address);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Staff sign-in refused: {StaffNumber} ({Reason}) from {Address}")]
    public static partial void Refused(ILogger logger, string staffNumber, string reason, string address);
}
