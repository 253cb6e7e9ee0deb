using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Employment.IdentityProvider.Pages;

/// <summary>
/// What the provider's own pages share (staff's and citizens' sign-in): one plain frame readable on a counter's
/// screen and on a phone, HTML encoding that leaves Chinese as it is, the answer that never caches, and the
/// only places a sign-in may return to.
/// </summary>
public static class ProviderPages
{
    /// <summary>HTML-encodes, leaving Chinese as it is (the default encoder writes every CJK character as an entity).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string text) => Encoder.Encode(text);

    /// <summary>The pages' one style block, allowed by its hash in <see cref="ContentSecurityPolicy"/> (no other style, and no script at all).</summary>
    private const string Style = """
          body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f6f8; margin: 0; }
          main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: .5rem; box-shadow: 0 1px 4px #0002; }
          h1 { font-size: 1.25rem; margin: 0 0 1rem; } label { display: block; margin: .75rem 0 .25rem; }
          input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
          button { margin-top: 1.25rem; width: 100%; padding: .6rem; font-size: 1rem; background: #1d5fa8; color: #fff; border: 0; border-radius: .25rem; }
          .brand { color: #5a6570; font-size: .9rem; margin: 0 0 .25rem; } .hint { color: #5a6570; font-size: .9rem; }
          .choice { list-style: none; padding: 0; } .choice a { display: block; padding: .75rem; margin: .5rem 0; border: 1px solid #c8d0d8; border-radius: .25rem; color: #1d2933; text-decoration: none; }
          .choice a:focus, .choice a:hover { border-color: #1d5fa8; outline: 2px solid #1d5fa8; } .choice small { display: block; color: #5a6570; }
          .problem { background: #fdecea; color: #8a1c12; padding: .6rem; border-radius: .25rem; }
          @media (max-width: 30rem) { main { margin: 0; min-height: 100vh; border-radius: 0; box-shadow: none; } }
        """;

    /// <summary>
    /// Every answer's policy: nothing loads but the pages' own style block, no script runs, no form is framed by
    /// another site (clickjacking), no base is set. Forms may post anywhere the flow goes (the sign-in's redirects
    /// lead to the application), so form-action is left open.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Style)))}'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The headers every answer of the provider carries (pages, redirects, errors and the 429 page alike).</summary>
    public static void ApplyHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>A whole page: the platform's name, the title, a problem to act on when there is one, the body.</summary>
    public static string Frame(string title, string? problem, string body) => $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · 就业创业服务平台</title>
        <style>{{Style}}</style></head>
        <body><main><p class="brand">就业创业服务平台</p><h1>{{E(title)}}</h1>{{(problem is null ? "" : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>")}}{{body}}</main></body></html>
        """;

    /// <summary>The form's antiforgery field and the place to return to, the first two fields of every sign-in form.</summary>
    public static string HiddenFields(AntiforgeryTokenSet tokens, string returnUrl) => $"""
        <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken!)}">
          <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
        """;

    /// <summary>A page with fresh antiforgery tokens, never cached (a shared computer's back button shows nothing stale).</summary>
    public static IResult Respond(HttpContext context, IAntiforgery antiforgery, Func<AntiforgeryTokenSet, string> html, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(html);
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html(tokens), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>Only the provider's own authorization endpoint is a place to return to: never another site (an open redirect).</summary>
    public static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/connect/authorize", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) ? url : "/signin/done";

    /// <summary>The caller's address, for the sign-in log.</summary>
    public static string Address(HttpContext context) => context?.Connection.RemoteIpAddress?.ToString() ?? "";
}
