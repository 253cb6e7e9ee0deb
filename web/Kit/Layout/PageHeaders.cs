using Microsoft.AspNetCore.Http;

namespace Employment.Web.Kit.Layout;

/// <summary>
/// The headers of every page: nothing but the application's own stylesheet, script files and forms
/// can load (no inline or foreign script, font, frame or tracker), nothing is sniffed, and no address
/// is passed on to another site.
/// </summary>
public static class PageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
