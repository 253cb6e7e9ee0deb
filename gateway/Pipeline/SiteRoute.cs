using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Configuration;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// A web application's route, its metadata naming the site: the public site's (gateway.json:
/// <c>public-site</c>, <c>Site: public</c>, the last route tried: every GET, HEAD or POST on the HTTP port
/// that nothing else takes, answered by the site's pages and a Chinese 404 page for the rest), the clerks'
/// workbench's (<c>Site: workbench</c>: <c>/workbench/…</c>) and the identity provider's (<c>Site: identity</c>:
/// <c>/connect/…</c>, <c>/.well-known/…</c> and its sign-in pages, <c>/signin…</c> and <c>/citizen/…</c>). The site judges
/// its own requests. Not the API's space (<c>/v1/…</c>), not a gRPC call, and not the cleartext gRPC port:
/// those keep the gateway's own NO_SUCH_ROUTE answer. The public rate limits count them here like any other.
/// </summary>
public static class SiteRoute
{
    public const string MetadataKey = "Site";

    public static bool Is(RouteConfig? route) => route?.Metadata?.ContainsKey(MetadataKey) == true;

    /// <summary>True when the request is the site's to answer.</summary>
    public static bool Admits(HttpContext context, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var onGrpcOnlyPort = string.IsNullOrEmpty(options.CertificatePath) && context.Connection.LocalPort == options.GrpcPort;
        return !onGrpcOnlyPort
            && !GatewayCall.Of(context).IsGrpc
            && !context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal);
    }
}
