using Microsoft.AspNetCore.Antiforgery;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Staff;

/// <summary>The staff sign-in screens (工号 and password, then the authenticator's code): plain HTML, one form each, readable on a counter's screen.</summary>
public static class SignInPage
{
    /// <summary>The first page; after a refusal the 工号 stays and the cursor waits in 密码, where the clerk types next.</summary>
    public static string Password(string returnUrl, AntiforgeryTokenSet tokens, string? staffNumber, string? problem) =>
        Frame("工作人员登录", problem, $"""
            <form method="post" action="/signin">
              {HiddenFields(tokens, returnUrl)}
              <label for="staffNumber">工号</label>
              <input id="staffNumber" name="staffNumber" value="{E(staffNumber ?? "")}" autocomplete="username" required maxlength="32"{(string.IsNullOrEmpty(staffNumber) ? " autofocus" : "")}>
              <label for="password">密码</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"{(string.IsNullOrEmpty(staffNumber) ? "" : " autofocus")}>
              <button type="submit">下一步</button>
            </form>
            """);

    public static string Code(string returnUrl, AntiforgeryTokenSet tokens, string? problem) =>
        Frame("输入动态验证码", problem, $"""
            <p>请打开身份验证器，输入当前显示的 6 位数字。</p>
            <form method="post" action="/signin/code">
              {HiddenFields(tokens, returnUrl)}
              <label for="code">动态验证码</label>
              <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" required minlength="6" maxlength="6" autofocus>
              <button type="submit">登录</button>
            </form>
            """);
}
