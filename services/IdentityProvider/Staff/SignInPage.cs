using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Employment.IdentityProvider.Staff;

/// <summary>The staff sign-in screens (工号 and password, then the authenticator's code): plain HTML, one form each, readable on a counter's screen.</summary>
public static class SignInPage
{
    /// <summary>The first page; after a refusal the 工号 stays and the cursor waits in 密码, where the clerk types next.</summary>
    public static string Password(string returnUrl, string antiforgeryField, string antiforgeryToken, string? staffNumber, string? problem) =>
        Frame("工作人员登录", problem, $"""
            <form method="post" action="/signin">
              <input type="hidden" name="{E(antiforgeryField)}" value="{E(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
              <label for="staffNumber">工号</label>
              <input id="staffNumber" name="staffNumber" value="{E(staffNumber ?? "")}" autocomplete="username" required maxlength="32"{(string.IsNullOrEmpty(staffNumber) ? " autofocus" : "")}>
              <label for="password">密码</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128"{(string.IsNullOrEmpty(staffNumber) ? "" : " autofocus")}>
              <button type="submit">下一步</button>
            </form>
            """);

    public static string Code(string returnUrl, string antiforgeryField, string antiforgeryToken, string? problem) =>
        Frame("输入动态验证码", problem, $"""
            <p>请打开身份验证器，输入当前显示的 6 位数字。</p>
            <form method="post" action="/signin/code">
              <input type="hidden" name="{E(antiforgeryField)}" value="{E(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
              <label for="code">动态验证码</label>
              <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" required minlength="6" maxlength="6" autofocus>
              <button type="submit">登录</button>
            </form>
            """);

    private static string Frame(string title, string? problem, string body) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · 就业创业服务平台</title>
        <style>
          body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f6f8; margin: 0; }
          main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px #0002; }
          h1 { font-size: 1.25rem; margin: 0 0 1rem; } label { display: block; margin: .75rem 0 .25rem; }
          input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
          button { margin-top: 1.25rem; width: 100%; padding: .6rem; font-size: 1rem; background: #1d5fa8; color: #fff; border: 0; border-radius: .25rem; }
          .brand { color: #5a6570; font-size: .9rem; margin: 0 0 .25rem; }
          .problem { background: #fdecea; color: #8a1c12; padding: .6rem; border-radius: .25rem; }
        </style></head>
        <body><main><p class="brand">就业创业服务平台</p><h1>{{E(title)}}</h1>{{(problem is null ? "" : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>")}}{{body}}</main></body></html>
        """;

    /// <summary>HTML-encodes, leaving Chinese as it is (the default encoder writes every CJK character as an entity).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);
}
