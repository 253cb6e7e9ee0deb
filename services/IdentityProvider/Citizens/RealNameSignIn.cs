using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Employment.ServiceDefaults.Time;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Citizens;

/// <summary>
/// The Development stand-in for the province's unified identity: a person gives their identity number (its
/// check character verified) and name; where the registry holds that number under that name, a one-time code
/// goes to the phone it records (<see cref="ISmsSender"/>), and the code signs them in as that registry
/// person, on the way of an authorization request. A number or name the registry does not hold gets one answer,
/// whichever it was, so the page does not tell who is registered. Each outcome goes to the sign-in log.
/// </summary>
public static partial class RealNameSignIn
{
    private const int NameMaxLength = 50;

    public static void MapRealNameSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/citizen/signin", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Respond(context, antiforgery, tokens => CitizenSignInPage.RealName(Local(returnUrl), tokens, null, null, null)));
        app.MapPost("/citizen/signin", SubmitRealNameAsync).RequireRateLimiting(Pages.SignInThrottle.Policy);
        app.MapPost("/citizen/signin/code", SubmitCodeAsync).RequireRateLimiting(Pages.SignInThrottle.Policy);
    }

    private static async Task<IResult> SubmitRealNameAsync(
        HttpContext context, IAntiforgery antiforgery, RegistryPeople registry, SignInCodes codes, ISmsSender messages,
        IdentityProviderOptions options, TimeProvider time, ILogger<RegistryPeople> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        var typedNumber = form["idNumber"].ToString().Trim();
        var name = form["name"].ToString().Trim();
        IResult Again(string problem, int status) =>
            Respond(context, antiforgery, tokens => CitizenSignInPage.RealName(returnUrl, tokens, typedNumber, name, problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新填写。", StatusCodes.Status400BadRequest);
        }

        var today = ChinaClock.DateOf(time.GetUtcNow());
        if (!ResidentIdNumber.TryParse(typedNumber, today, out var idNumber, out var error))
        {
            return Again($"身份证号码有误：{error.MessageZh}", StatusCodes.Status400BadRequest);
        }

        if (name.Length is 0 or > NameMaxLength || name.Any(char.IsControl))
        {
            return Again($"请填写姓名（不超过 {NameMaxLength} 个字）。", StatusCodes.Status400BadRequest);
        }

        var person = await registry.FindAsync(idNumber.Value, context.RequestAborted);
        if (person is null || !string.Equals(person.Name.Trim(), name, StringComparison.Ordinal))
        {
            CitizenSignInLog.Refused(log, idNumber.Masked, person is null ? "not_registered" : "name_mismatch", Address(context));
            return Again("身份证号码与姓名不一致，或尚未在人社部门登记。请核对后重试，或到就近的人社窗口办理登记。", StatusCodes.Status401Unauthorized);
        }

        if (person.Phone.Length == 0)
        {
            CitizenSignInLog.Refused(log, idNumber.Masked, "no_phone", Address(context));
            return Again("登记信息中没有手机号码，无法发送验证码。请到人社窗口补充手机号码。", StatusCodes.Status409Conflict);
        }

        var issued = await codes.IssueAsync(person.PersonId, context.RequestAborted);
        switch (issued.Issue)
        {
            case CodeIssue.TooSoon:
                CitizenSignInLog.Refused(log, idNumber.Masked, "code_too_soon", Address(context));
                return Again($"验证码发送过于频繁，请 {options.Citizens.CodeResendInterval.TotalSeconds:0} 秒后再试。", StatusCodes.Status429TooManyRequests);
            case CodeIssue.DayLimit:
                CitizenSignInLog.Refused(log, idNumber.Masked, "code_day_limit", Address(context));
                return Again(DayLimit, StatusCodes.Status429TooManyRequests);
        }

        var minutes = (int)options.Citizens.CodeLifetime.TotalMinutes;
        await messages.SendAsync(person.Phone, $"【就业创业服务平台】您的登录验证码是 {issued.Code}，{minutes} 分钟内有效。请勿告诉他人。", context.RequestAborted);
        var phoneMasked = person.Phone.Length >= 7 ? person.Phone[..3] + "****" + person.Phone[^4..] : "登记的手机";
        return Respond(context, antiforgery, tokens => CitizenSignInPage.Code(returnUrl, tokens, issued.Attempt, phoneMasked, minutes, null));
    }

    private static async Task<IResult> SubmitCodeAsync(
        HttpContext context, IAntiforgery antiforgery, SignInCodes codes, IdentityProviderOptions options, ILogger<RegistryPeople> log)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = Local(form["returnUrl"]);
        var attempt = form["attempt"].ToString();
        var phoneMasked = form["phone"].ToString();
        var minutes = (int)options.Citizens.CodeLifetime.TotalMinutes;
        IResult Again(string problem, int status) =>
            Respond(context, antiforgery, tokens => CitizenSignInPage.Code(returnUrl, tokens, attempt, phoneMasked, minutes, problem), status);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("页面已过期，请重新输入验证码。", StatusCodes.Status400BadRequest);
        }

        var code = form["code"].ToString().Replace(" ", "", StringComparison.Ordinal);
        var (check, personId, left) = await codes.CheckAsync(attempt, code, context.RequestAborted);
        switch (check)
        {
            case CodeCheck.Wrong:
                CitizenSignInLog.CodeRefused(log, Shown(attempt), "wrong_code", Address(context));
                return Again($"验证码不正确，还可以再试 {left} 次。", StatusCodes.Status401Unauthorized);
            case CodeCheck.DayLimit:
                CitizenSignInLog.CodeRefused(log, Shown(attempt), "code_day_limit", Address(context));
                return Again(DayLimit, StatusCodes.Status429TooManyRequests);
            case CodeCheck.Spent:
                CitizenSignInLog.CodeRefused(log, Shown(attempt), "code_spent", Address(context));
                return Respond(context, antiforgery, tokens => CitizenSignInPage.RealName(returnUrl, tokens, null, null, "验证码已失效（已使用、已过期或输错次数过多），请重新获取。"),
                    StatusCodes.Status401Unauthorized);
        }

        await context.SignInAsync(CitizenSession.Scheme, CitizenSession.For(personId!));
        CitizenSignInLog.SignedIn(log, personId!, Address(context));
        return Results.Redirect(returnUrl);
    }

    private const string DayLimit = "今天获取或输错验证码的次数已达上限，为保护您的账号，请 24 小时后再试，或带身份证到人社窗口办理。";

    /// <summary>The first characters of an attempt's id, enough to follow it in the log, not to use it.</summary>
    private static string Shown(string attempt) => attempt.Length > 8 ? attempt[..8] : attempt;
}

/// <summary>The citizens' sign-in log: every outcome with the number masked and the address, never the code.</summary>
internal static partial class CitizenSignInLog
{
    [LoggerMessage(EventId = 4211, Level = LogLevel.Information, Message = "Citizen sign-in: person {PersonId} signed in from {Address}")]
    public static partial void SignedIn(ILogger logger, string personId, string address);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Warning, Message = "Citizen sign-in refused: {IdNumberMasked} ({Reason}) from {Address}")]
    public static partial void Refused(ILogger logger, string idNumberMasked, string reason, string address);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Warning, Message = "Citizen sign-in code refused: attempt {Attempt} ({Reason}) from {Address}")]
    public static partial void CodeRefused(ILogger logger, string attempt, string reason, string address);
}
