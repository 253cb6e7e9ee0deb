using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Whether YARP's last attempt failed because no connection to the destination could be opened
/// (refused, unreachable, connect timeout). Such a call never reached the service: no request
/// byte was sent, so sending it to another copy is safe for any RPC, a write included.
/// </summary>
public static class RefusedConnection
{
    public static bool Is(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IForwarderErrorFeature>() is { Error: ForwarderError.Request, Exception: { } error }
            && !context.Response.HasStarted
            && !context.RequestAborted.IsCancellationRequested
            && IsConnectFailure(error);
    }

    /// <summary>
    /// SocketsHttpHandler reports <see cref="HttpRequestError.ConnectionError"/> only while it opens a
    /// connection; a connection that breaks after the request went out is another error.
    /// </summary>
    public static bool IsConnectFailure(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
            {
                return true;
            }
        }

        return false;
    }
}
