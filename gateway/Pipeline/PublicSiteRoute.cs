using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Configuration;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The public site's route (gateway.json: <c>public-site</c>, the last route tried, its metadata
/// <c>Site: public</c>): every GET, HEAD or POST on the HTTP port that nothing else takes goes to the
/// site's own process, which answers its pages and a Chinese 404 page for the rest. Not the API's
/// space (<c>/v1/…</c>), not a gRPC call, and not the cleartext gRPC port: those keep the gateway's own
/// NO_SUCH_ROUTE answer. The public rate limits count the site's requests here like any other.
/// </summary>
public static class PublicSiteRoute
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
