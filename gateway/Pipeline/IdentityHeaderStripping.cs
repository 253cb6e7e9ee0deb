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
        // Looked through once without copying the names: almost every call carries none.
        List<string>? found = null;
        foreach (var header in headers)
        {
            if (header.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                (found ??= []).Add(header.Key);
            }
        }

        if (found is not null)
        {
            foreach (var name in found)
            {
                headers.Remove(name);
            }
        }

        return next(context);
    }
}
