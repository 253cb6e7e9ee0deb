using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>What the gateway learnt about one request, shared by its middlewares (log, limits, access).</summary>
public sealed class GatewayCall
{
    private static readonly object Key = new();

    /// <summary>The verified caller; null until checked (open methods and non-gRPC requests stay anonymous).</summary>
    public Caller? Caller { get; set; }

    /// <summary>The RPC a gRPC or REST request calls (<c>/package.Service/Method</c>), once the access check has named it.</summary>
    public string? MethodPath { get; set; }

    /// <summary>
    /// True once the access check has judged and allowed the RPC the request names: the authorization
    /// middleware's fallback policy need not judge it again.
    /// </summary>
    public bool Judged { get; set; }

    /// <summary>True for gRPC requests (content-type application/grpc…).</summary>
    public bool IsGrpc { get; set; }

    public static GatewayCall Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var existing) && existing is GatewayCall call)
        {
            return call;
        }

        call = new GatewayCall();
        context.Items[Key] = call;
        return call;
    }
}
