using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Employment.Gateway.Web;

/// <summary>
/// One anonymous call to a service's public gRPC method for a page, bounded by
/// <see cref="WebOptions.CallTimeout"/>: a refusal of the input (INVALID_ARGUMENT,
/// FAILED_PRECONDITION, OUT_OF_RANGE, NOT_FOUND — e.g. 办理进度's reference or code) comes back with the service's own Chinese reason; anything
/// else (down, not routed, too slow) as "unavailable", so the page still renders around it.
/// </summary>
public sealed partial class PublicCalls(PublicChannels channels, WebOptions options, ILogger<PublicCalls> logger)
{
    public async Task<ServiceAnswer<T>> CallAsync<T>(string grpcService, string serviceZh, Func<CallInvoker, CallOptions, Task<T>> call, CancellationToken cancellation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        if (channels.ChannelFor(grpcService) is not { } channel)
        {
            NotReachable(logger, grpcService, "no available destination");
            return ServiceAnswer<T>.Failed(ServiceProblem.Down(serviceZh));
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bounded.CancelAfter(options.CallTimeout);
        try
        {
            return ServiceAnswer<T>.Of(await call(channel.CreateCallInvoker(), new CallOptions(cancellationToken: bounded.Token)));
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange or StatusCode.NotFound)
        {
            return ServiceAnswer<T>.Failed(ServiceProblem.Refused(serviceZh, e.Status.Detail) with { Precondition = e.StatusCode == StatusCode.FailedPrecondition });
        }
        catch (RpcException e) when (!cancellation.IsCancellationRequested)
        {
            NotReachable(logger, grpcService, e.StatusCode.ToString());
            return ServiceAnswer<T>.Failed(ServiceProblem.Down(serviceZh));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page: {Service} not answered ({Reason})")]
    private static partial void NotReachable(ILogger logger, string service, string reason);
}
