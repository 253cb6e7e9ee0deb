using Microsoft.AspNetCore.Antiforgery;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Citizens;

/// <summary>The citizens' real-name sign-in screens (identity number and name, then the code sent to their phone), sized for a phone first.</summary>
public static class CitizenSignInPage
{
    /// <summary>The first page; after a refusal what was typed stays.</summary>
    public static string RealName(string returnUrl, AntiforgeryTokenSet tokens, string? idNumber, string? name, string? problem) =>
        Frame("实名登录", problem, $"""
            <p class="hint">请填写本人的居民身份证号码和姓名，与在人社部门登记的一致。验证码将发送到登记的手机号码。</p>
            <form method="post" action="/citizen/signin">
              {HiddenFields(tokens, returnUrl)}
              <label for="idNumber">身份证号码</label>
              <input id="idNumber" name="idNumber" value="{E(idNumber ?? "")}" autocomplete="off" required minlength="18" maxlength="18" autofocus>
              <label for="name">姓名</label>
              <input id="name" name="name" value="{E(name ?? "")}" autocomplete="name" required maxlength="50">
              <button type="submit">获取验证码</button>
            </form>
            """);

    /// <summary>The code page: where the code went (the phone masked) and how long it lasts.</summary>
    public static string Code(string returnUrl, AntiforgeryTokenSet tokens, string attempt, string phoneMasked, int minutes, string? problem) =>
        Frame("输入短信验证码", problem, $"""
            <p>验证码已发送至 {E(phoneMasked)}，{minutes} 分钟内有效。</p>
            <form method="post" action="/citizen/signin/code">
              {HiddenFields(tokens, returnUrl)}
              <input type="hidden" name="attempt" value="{E(attempt)}">
              <input type="hidden" name="phone" value="{E(phoneMasked)}">
              <label for="code">短信验证码</label>
              <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" required minlength="6" maxlength="6" autofocus>
              <button type="submit">登录</button>
            </form>
            <p class="hint"><a href="/citizen/signin?returnUrl={Uri.EscapeDataString(returnUrl)}">没有收到？重新获取验证码</a></p>
            """);
}
