using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Http;

/// <summary>
/// A page's or an endpoint's input that nothing downstream can take: a query or form value holding a NUL or
/// another control character a form never sends (tab, CR and LF are a text area's own). PostgreSQL refuses a
/// NUL in text outright, so such a value would otherwise end as an unhandled error deep in a service; it is
/// refused at the door instead, with the host's own answer (a page, or an OAuth error for a program).
/// </summary>
public static class UnreadableInput
{
    /// <summary>Whether any query value, or any field of a posted form (never a file's content), holds such a character.</summary>
    public static async Task<bool> FoundAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.Any(pair => Unreadable(pair.Key) || pair.Value.Any(Unreadable)))
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // ASP.NET Core's own form reader refuses a NUL (and a form past its limits) by throwing: unreadable too.
            return true;
        }

        return form.Any(pair => Unreadable(pair.Key) || pair.Value.Any(Unreadable));
    }

    /// <summary>Refuses such a request before it is routed, with <paramref name="refuse"/>'s answer (status 400 already set).</summary>
    public static void UseUnreadableInputRefusal(this IApplicationBuilder app, Func<HttpContext, Task> refuse)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(refuse);
        app.Use(async (context, next) =>
        {
            if (await FoundAsync(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await refuse(context);
                return;
            }

            await next(context);
        });
    }

    /// <summary>The message a person reads, in every host.</summary>
    public const string MessageZh = "填写的内容无法识别：其中有控制字符（可能来自复制粘贴），或内容过多。请删去后重新提交。";

    private static bool Unreadable(string? text)
    {
        foreach (var c in text ?? "")
        {
            if (c < ' ' && c is not ('\t' or '\r' or '\n') || c == '\u007F')
            {
                return true;
            }
        }

        return false;
    }
}
