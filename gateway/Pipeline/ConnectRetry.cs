using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// In YARP's proxy pipeline, before load balancing: when the chosen copy of a service refused the
/// connection (<see cref="RefusedConnection"/>: the service never saw the call), the call goes to
/// another available copy, each copy tried at most once. So a copy killed with <c>kill -9</c> costs
/// only the calls it had in flight, not the ones sent before the health checks notice. A call that
/// reached a copy and failed there is never sent again: that copy may have acted on it.
/// </summary>
public static partial class ConnectRetry
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var proxy = context.GetReverseProxyFeature();
        var candidates = proxy.AvailableDestinations;
        while (true)
        {
            await next().ConfigureAwait(false);
            if (!RefusedConnection.Is(context) || proxy.ProxiedDestination is not { } refused)
            {
                return;
            }

            var others = candidates.Where(d => !ReferenceEquals(d, refused)).ToList();
            if (others.Count == 0)
            {
                return;
            }

            Retrying(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectRetry)),
                proxy.Route.Config.ClusterId ?? "-", refused.DestinationId, others.Count);
            // Undo what the failed attempt left, so that the forwarder takes the call afresh.
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.StatusCode = StatusCodes.Status200OK;
            proxy.ProxiedDestination = null;
            proxy.AvailableDestinations = candidates = others;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Cluster}: {Destination} refused the connection; the call goes to one of the {Others} other copies")]
    private static partial void Retrying(ILogger logger, string cluster, string destination, int others);
}
