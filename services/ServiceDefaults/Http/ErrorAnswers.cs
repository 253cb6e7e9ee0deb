using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Http;

/// <summary>
/// What a web host answers when a request goes wrong, in its own terms and never with the framework's exception text:
/// input holding a control character (<see cref="UnreadableInput"/>) is 400 before it is routed; a malformed request the
/// framework refuses keeps its status (400, 413); anything else is 500, logged by ASP.NET Core's exception handler. The
/// host says only how it answers a status (the public site and the workbench a page, the provider per caller).
/// </summary>
public static class ErrorAnswers
{
    /// <param name="answer">Writes the host's answer for a status, which is already set on the response.</param>
    public static void UseErrorAnswers(this IApplicationBuilder app, Func<HttpContext, int, Task> answer)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(answer);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var status = context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
                context.Response.StatusCode = status;
                return answer(context, status);
            },
        });
        app.UseUnreadableInputRefusal(context => answer(context, StatusCodes.Status400BadRequest));
    }
}
