using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Web.Public.Clients;

/// <summary>
/// One anonymous call to a service's public gRPC method for a page, through the service's typed client
/// (<see cref="ServiceClients"/>: address from configuration, deadline <see cref="PublicSiteOptions.CallTimeout"/>).
/// A refusal of the input (INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE, NOT_FOUND — e.g. 办理进度's
/// reference or code) comes back with the service's own Chinese reason; anything else (down, too slow)
/// as "unavailable", so the page still renders around it.
/// </summary>
public sealed partial class PageCalls(IServiceProvider services, ILogger<PageCalls> logger)
{
    public async Task<ServiceAnswer<T>> CallAsync<TClient, T>(string serviceZh, Func<TClient, CallOptions, Task<T>> call, CancellationToken cancellation)
        where TClient : ClientBase<TClient>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return ServiceAnswer<T>.Of(await call(services.GetRequiredService<TClient>(), new CallOptions(cancellationToken: cancellation)));
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange or StatusCode.NotFound)
        {
            return ServiceAnswer<T>.Failed(ServiceProblem.Refused(serviceZh, e.Status.Detail) with
            {
                Precondition = e.StatusCode == StatusCode.FailedPrecondition,
                NotFound = e.StatusCode == StatusCode.NotFound,
            });
        }
        catch (RpcException e) when (!cancellation.IsCancellationRequested)
        {
            NotReachable(logger, typeof(TClient).Name, e.StatusCode.ToString());
            return ServiceAnswer<T>.Failed(ServiceProblem.Down(serviceZh));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page: {Client} not answered ({Reason})")]
    private static partial void NotReachable(ILogger logger, string client, string reason);
}
