using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Employment.ServiceDefaults.Clients;

/// <summary>
/// One typed gRPC client per target service and process (Grpc.Net.ClientFactory's
/// <c>AddGrpcClient&lt;T&gt;</c>): one HTTP/2 connection pool to the target, shared by every
/// instance of the client; a default deadline; the host's service token as call credentials;
/// retries only for the methods named idempotent.
/// </summary>
public static class ServiceClientRegistration
{
    /// <summary>The largest message a service or a client receives: a request or an answer with its 申报材料 (up to three files of 4 MiB).</summary>
    public const int MaxMessageBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Registers <typeparamref name="TClient"/> once: a second call for the same client does
    /// nothing, so two parts of a host that call the same service share one registration.
    /// </summary>
    /// <param name="service">The target's service descriptor (e.g. <c>Applicants.Descriptor</c>), for the retry policy.</param>
    /// <param name="address">The target's address, read when the first client is made.</param>
    /// <param name="deadline">The deadline of a call that sets none.</param>
    /// <param name="idempotentMethods">
    /// Methods safe to send again (reads): retried on <c>UNAVAILABLE</c>. Every other method is
    /// never retried by the channel.
    /// </param>
    public static IServiceCollection AddServiceClient<TClient>(
        this IServiceCollection services,
        ProtoServiceDescriptor service,
        Func<IServiceProvider, Uri> address,
        Func<IServiceProvider, TimeSpan> deadline,
        params string[] idempotentMethods)
        where TClient : ClientBase
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(deadline);
        if (services.Any(d => d.ServiceType == typeof(Registered<TClient>)))
        {
            return services;
        }

        services.AddSingleton<Registered<TClient>>();
        Configure(services.AddGrpcClient<TClient>((sp, o) => o.Address = address(sp)), service, address, deadline, idempotentMethods);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/>, a client of a shared contract of the subsidy lifecycle, once per
    /// subsidy service that serves <paramref name="contract"/> (<see cref="SubsidyServiceCalls.From"/>): each at
    /// <c>Services:&lt;name&gt;</c>, naming its service in every call, with the settings of <see cref="AddServiceClient{TClient}"/>.
    /// Pages and readers take <see cref="SubsidyClients{TClient}"/>. A second call for the same client does nothing.
    /// </summary>
    public static IServiceCollection AddSubsidyClients<TClient>(
        this IServiceCollection services,
        IConfiguration configuration,
        SubsidyContracts contract,
        ProtoServiceDescriptor service,
        Func<IServiceProvider, TimeSpan> deadline,
        params string[] idempotentMethods)
        where TClient : ClientBase
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(service);
        if (services.Any(d => d.ServiceType == typeof(SubsidyClients<TClient>)))
        {
            return services;
        }

        var serving = SubsidyServiceCalls.From(configuration).Where(s => s.Serves.HasFlag(contract)).ToArray();
        foreach (var subsidyService in serving)
        {
            var name = subsidyService.Name;
            Func<IServiceProvider, Uri> address = _ => ServiceAddresses.Of(configuration, name);
            var builder = services.AddGrpcClient<TClient>(SubsidyClients<TClient>.ClientName(name), (sp, o) => o.Address = address(sp));
            Configure(builder, service, address, deadline, idempotentMethods);
            builder.AddInterceptor(InterceptorScope.Channel, _ => new SubsidyServiceCalls.HeaderInterceptor(name));
        }

        services.AddSingleton(sp => new SubsidyClients<TClient>(sp.GetRequiredService<GrpcClientFactory>(), serving));
        return services;
    }

    private static void Configure(IHttpClientBuilder client, ProtoServiceDescriptor service, Func<IServiceProvider, Uri> address, Func<IServiceProvider, TimeSpan> deadline, string[] idempotentMethods)
    {
        foreach (var method in idempotentMethods)
        {
            if (service.FindMethodByName(method) is null)
            {
                throw new ArgumentException($"{service.FullName} has no method {method}.", nameof(idempotentMethods));
            }
        }

        client
            .ConfigureChannel((sp, channel) =>
            {
                // Call credentials are only sent over TLS unless this is set. The hosts speak
                // cleartext HTTP/2 (h2c) on loopback in the launcher, the tests and a single-machine
                // deployment, and the callee refuses a call without the service token; an https
                // address (Listen:CertificatePath on the callee) carries the token over TLS as usual.
                channel.UnsafeUseInsecureChannelCallCredentials = address(sp).Scheme == Uri.UriSchemeHttp;
                channel.ServiceConfig = RetryReads(service, idempotentMethods);
                channel.MaxReceiveMessageSize = MaxMessageBytes;
            })
            .AddCallCredentials(async (context, metadata, sp) =>
            {
                // The host's own service token (role service), in the one shape ServiceCallHeaders gives.
                foreach (var header in await ServiceCallHeaders.ForAsync(sp.GetService<IServiceTokenSource>(), context.CancellationToken))
                {
                    metadata.Add(header);
                }
            })
            .AddInterceptor(InterceptorScope.Channel, sp => new DefaultDeadlineInterceptor(deadline(sp)))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Past Kestrel's 100 concurrent streams a second connection opens rather than queueing.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            })
            // The handler (and its connection) lives as long as the process: gRPC connections are
            // long-lived, and typed clients held by singletons keep the handler they were made with.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    private static ServiceConfig? RetryReads(ProtoServiceDescriptor service, string[] idempotentMethods)
    {
        if (idempotentMethods.Length == 0)
        {
            return null;
        }

        var reads = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 3,
                InitialBackoff = TimeSpan.FromMilliseconds(100),
                MaxBackoff = TimeSpan.FromSeconds(1),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var method in idempotentMethods)
        {
            reads.Names.Add(new MethodName { Service = service.FullName, Method = method });
        }

        return new ServiceConfig { MethodConfigs = { reads } };
    }

    /// <summary>Marks <typeparamref name="TClient"/> as registered.</summary>
    private sealed class Registered<TClient>;
}
