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
/// Wrong passwords and codes count together towards the lockout; a disabled account signs in no more; an
/// account without an authenticator is refused until an admin binds one. Each outcome goes to the sign-in log.
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

    private static async Task<IResult> SubmitPasswordAsync(HttpContext context, IAntiforgery antiforgery, UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, IdentityProviderOptions options, ILogger<StaffAccount> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        var staffNumber = form["staffNumber"].ToString().Trim();
        IResult Again(string problem, int status) => Respond(context, antiforgery, tokens => SignInPage.Password(returnUrl, tokens, staffNumber, problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新输入工号和密码。", StatusCodes.Status400BadRequest);
        }

        var account = staffNumber.Length is > 0 and <= 32 ? await users.FindByNameAsync(staffNumber) : null;
        if (account is null)
        {
            SignInLog.Refused(log, staffNumber, "unknown_staff_number", Address(context));
            return Again("工号或密码不正确。", StatusCodes.Status401Unauthorized);
        }

        if (account.Disabled)
        {
            SignInLog.Refused(log, staffNumber, "disabled", Address(context));
            return Again("该账号已停用，请联系管理员。", StatusCodes.Status403Forbidden);
        }

        var result = await signIn.PasswordSignInAsync(account, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return Results.Redirect("/signin/code?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (result.Succeeded)
        {
            // A password alone is not enough for staff: the account needs its authenticator first.
            await signIn.SignOutAsync();
            SignInLog.Refused(log, staffNumber, "no_authenticator", Address(context));
            return Again("该账号尚未绑定身份验证器，请联系管理员绑定后再登录。", StatusCodes.Status403Forbidden);
        }

        if (result.IsLockedOut)
        {
            SignInLog.Refused(log, staffNumber, "locked_out", Address(context));
            return Again(Locked(options), StatusCodes.Status423Locked);
        }

        var left = options.Staff.MaxFailedAttempts - await users.GetAccessFailedCountAsync(account);
        SignInLog.Refused(log, staffNumber, "wrong_password", Address(context));
        return Again($"工号或密码不正确。再输错 {left} 次，账号将锁定 {options.Staff.Lockout.TotalMinutes:0} 分钟。", StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SubmitCodeAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn, IdentityProviderOptions options, ILogger<StaffAccount> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        IResult Again(string problem, int status) => Respond(context, antiforgery, tokens => SignInPage.Code(returnUrl, tokens, problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新输入动态验证码。", StatusCodes.Status400BadRequest);
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        var code = form["code"].ToString().Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            SignInLog.SignedIn(log, account.StaffNumber, Address(context));
            return Results.Redirect(returnUrl);
        }

        if (result.IsLockedOut)
        {
            SignInLog.Refused(log, account.StaffNumber, "locked_out", Address(context));
            return Again(Locked(options), StatusCodes.Status423Locked);
        }

        SignInLog.Refused(log, account.StaffNumber, "wrong_code", Address(context));
        return Again("动态验证码不正确或已过期，请输入身份验证器当前显示的数字。", StatusCodes.Status401Unauthorized);
    }

    private static string Locked(IdentityProviderOptions options) =>
        $"连续输错次数过多，账号已锁定 {options.Staff.Lockout.TotalMinutes:0} 分钟，请稍后再试，或请管理员解锁。";
}

/// <summary>The sign-in log: every outcome, with the 工号 tried and the address, never the password or code.</summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Staff sign-in: {StaffNumber} signed in from {Address}")]
    public static partial void SignedIn(ILogger logger, string staffNumber, string address);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Staff sign-in refused: {StaffNumber} ({Reason}) from {Address}")]
    public static partial void Refused(ILogger logger, string staffNumber, string reason, string address);
}
