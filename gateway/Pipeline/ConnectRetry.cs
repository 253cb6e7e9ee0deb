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
/// reached a copy and lost it before any answer (<see cref="LostBeforeAnswer"/>: the process died
/// with the call on its connection) is sent again only when its contract declares it safe to repeat
/// (<see cref="ResendableMethods"/>); its body is recorded as it is forwarded for that (<see cref="ReplayableBody"/>). Any
/// other call that reached a copy and failed there is never sent again: that copy may have acted on it.
/// </summary>
public static partial class ConnectRetry
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var proxy = context.GetReverseProxyFeature();
        var candidates = proxy.AvailableDestinations;
        var body = candidates.Count > 1 && ResendableMethods.Shared.Contains(GatewayCall.Of(context).MethodPath)
            ? ReplayableBody.Record(context.Request)
            : null;
        while (true)
        {
            await next().ConfigureAwait(false);
            var refusedAtConnect = RefusedConnection.Is(context);
            if (!(refusedAtConnect || (body is { CanReplay: true } && LostBeforeAnswer.Is(context))) || proxy.ProxiedDestination is not { } refused)
            {
                return;
            }

            var others = candidates.Where(d => !ReferenceEquals(d, refused)).ToList();
            if (others.Count == 0)
            {
                return;
            }

            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectRetry));
            if (refusedAtConnect)
            {
                Retrying(logger, proxy.Route.Config.ClusterId ?? "-", refused.DestinationId, others.Count);
            }
            else
            {
                Resending(logger, proxy.Route.Config.ClusterId ?? "-", refused.DestinationId, GatewayCall.Of(context).MethodPath ?? "-", others.Count);
            }

            // Undo what the failed attempt left, so that the forwarder takes the call afresh.
            body?.Rewind(context.Request);
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.StatusCode = StatusCodes.Status200OK;
            proxy.ProxiedDestination = null;
            proxy.AvailableDestinations = candidates = others;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Cluster}: {Destination} refused the connection; the call goes to one of the {Others} other copies")]
    private static partial void Retrying(ILogger logger, string cluster, string destination, int others);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Cluster}: {Destination} lost {Method} before answering; the method is declared safe to repeat, so the call goes to one of the {Others} other copies")]
    private static partial void Resending(ILogger logger, string cluster, string destination, string method, int others);
}
