using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Employment.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Pages;

/// <summary>
/// What the provider answers when a request goes wrong, each caller in its own terms and never with the framework's
/// exception text: a program at <c>/connect/token</c> an OAuth error (RFC 6749 5.2), an admin's tool at <c>/admin</c>
/// a JSON message, a browser the provider's own page, for the status <see cref="ErrorAnswers"/> decides. Every answer
/// carries the pages' headers (<see cref="ProviderPages.ApplyHeaders"/>).
/// </summary>
public static class ProviderErrors
{
    // Chinese as it is: the default encoder writes every CJK character as an escape.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void UseProviderErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            ApplyHeaders(context.Response.Headers);
            return next(context);
        });
        app.UseErrorAnswers((context, status) =>
        {
            // The exception handler clears the response's headers before it answers: set them again.
            ApplyHeaders(context.Response.Headers);
            return AnswerAsync(context, status);
        });
    }

    private static Task AnswerAsync(HttpContext context, int status)
    {
        var client = status < StatusCodes.Status500InternalServerError;
        var message = client ? (status == StatusCodes.Status400BadRequest ? UnreadableInput.MessageZh : "请求的内容过大或格式不正确。") : "登录服务暂时出了问题，请稍后再试。";
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/connect/token"))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["error"] = client ? "invalid_request" : "server_error",
                ["error_description"] = message,
            }, Json));
        }

        if (context.Request.Path.StartsWithSegments("/admin"))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { message = client && status == StatusCodes.Status400BadRequest ? "请求的内容无法读取（JSON 格式不正确，或含有控制字符）。" : message }, Json));
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Frame(client ? "无法处理这次提交" : "登录服务暂时出了问题", message, "<p class=\"hint\">请回到要使用的系统，重新开始登录。</p>"));
    }
}
