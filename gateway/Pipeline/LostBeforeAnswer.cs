using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Whether YARP's last attempt reached a copy and lost it before any answer: the connection was open
/// (unlike <see cref="RefusedConnection"/>) and broke while the call was sent or awaited — a process
/// killed between accepting the call and answering it, or a connection whose peer had just died. The
/// copy may have acted on the call, so only a method declared safe to repeat
/// (<see cref="ResendableMethods"/>) is sent again.
/// </summary>
public static class LostBeforeAnswer
{
    public static bool Is(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IForwarderErrorFeature>() is { Error: ForwarderError.Request or ForwarderError.RequestBodyDestination, Exception: { } error }
            && !context.Response.HasStarted
            && !context.RequestAborted.IsCancellationRequested
            && !RefusedConnection.IsConnectFailure(error)
            && error is not (TimeoutException or OperationCanceledException);
    }
}
