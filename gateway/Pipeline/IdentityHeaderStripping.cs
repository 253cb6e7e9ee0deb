using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Removes every <c>x-employment-*</c> header a caller sends: identities travel only as verified
/// bearer tokens, so a header claiming one must not reach a service that might someday read it.
/// </summary>
public sealed class IdentityHeaderStripping(RequestDelegate next)
{
    public const string Prefix = "x-employment-";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        foreach (var name in headers.Keys.Where(k => k.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            headers.Remove(name);
        }

        return next(context);
    }
}
