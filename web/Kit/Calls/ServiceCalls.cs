using Employment.ServiceDefaults.Clients;
using Employment.Web.Kit.Answers;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Web.Kit.Calls;

/// <summary>How a refusal's reason reads on the application's pages (a citizen's page keeps the Chinese sentence alone).</summary>
public delegate string RefusalWording(string serviceMessage);

/// <summary>
/// One call to a service for a page, through the service's typed client (Grpc.Net.ClientFactory: the
/// address, deadline and credentials are the client's registration). A refusal of the input
/// (INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE, NOT_FOUND, and PERMISSION_DENIED: a signed-in user's
/// request outside what they may do) comes back with the service's reason
/// in the application's <see cref="RefusalWording"/>; anything else (down, too slow) as "unavailable",
/// so the page still renders around it.
/// </summary>
public sealed partial class ServiceCalls(IServiceProvider services, RefusalWording wording, ILogger<ServiceCalls> logger)
{
    public Task<ServiceAnswer<T>> CallAsync<TClient, T>(string serviceZh, Func<TClient, CallOptions, Task<T>> call, CancellationToken cancellation)
        where TClient : ClientBase<TClient>
        where T : class =>
        CallAsync(serviceZh, services.GetRequiredService<TClient>(), call, cancellation);

    /// <summary>One call through a given client: a shared contract's client bound to one subsidy service (<see cref="SubsidyClients{TClient}"/>).</summary>
    public async Task<ServiceAnswer<T>> CallAsync<TClient, T>(string serviceZh, TClient client, Func<TClient, CallOptions, Task<T>> call, CancellationToken cancellation)
        where TClient : ClientBase<TClient>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return ServiceAnswer<T>.Of(await call(client, new CallOptions(cancellationToken: cancellation)));
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange or StatusCode.NotFound or StatusCode.PermissionDenied)
        {
            return ServiceAnswer<T>.Failed(ServiceProblem.Refused(serviceZh, wording(e.Status.Detail)) with
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

    /// <summary>
    /// One call to the subsidy service named <paramref name="service"/> through a shared contract's clients; a name no
    /// configured service answers to (a link edited by hand, a service since removed) is refused with <paramref name="unknownZh"/>.
    /// </summary>
    public Task<ServiceAnswer<T>> CallAsync<TClient, T>(SubsidyClients<TClient> clients, string service, string unknownZh, Func<TClient, CallOptions, Task<T>> call, CancellationToken cancellation)
        where TClient : ClientBase<TClient>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.For(service) is { } client
            ? CallAsync(clients.Services.First(s => s.Name == service).NameZh, client, call, cancellation)
            : Task.FromResult(ServiceAnswer<T>.Failed(ServiceProblem.Refused("补贴业务", unknownZh)));
    }

    /// <summary>
    /// The same call to each of <paramref name="which"/> through a shared contract's clients, at once: every subsidy
    /// service a screen reaches the same way, each answer (or its problem) beside its service, in the list's order.
    /// </summary>
    public async Task<IReadOnlyList<(SubsidyService Service, ServiceAnswer<T> Answer)>> CallEachAsync<TClient, T>(
        SubsidyClients<TClient> clients, IEnumerable<SubsidyService> which, Func<TClient, CallOptions, Task<T>> call, CancellationToken cancellation)
        where TClient : ClientBase<TClient>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(which);
        var asked = which.Select(s => (Service: s, Answer: CallAsync(s.NameZh, clients.For(s.Name) ?? throw new ArgumentException($"{s.Name} does not serve {typeof(TClient).Name}.", nameof(which)), call, cancellation))).ToArray();
        await Task.WhenAll(asked.Select(a => a.Answer));
        return [.. asked.Select(a => (a.Service, a.Answer.Result))];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page: {Client} not answered ({Reason})")]
    private static partial void NotReachable(ILogger logger, string client, string reason);
}
