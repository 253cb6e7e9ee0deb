using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Configuration;

namespace Employment.ServiceDefaults.Clients;

/// <summary>A service that serves the subsidy lifecycle's shared contracts, as its callers name and show it, and whether it keeps employers' records.</summary>
public sealed record SubsidyService(string Name, string NameZh, string RecordsZh, SubsidyContracts Serves, bool ForEmployers = false);

/// <summary>
/// How a call to a shared contract of the subsidy lifecycle (employment.common.v1.SubsidyCases, SubsidyPayments, SubsidyOversight)
/// names the service it is for, and which services there are. The gateway routes a shared call by its header; a
/// service refuses one that names another.
/// </summary>
public static class SubsidyServiceCalls
{
    /// <summary>The request header naming the subsidy service (e.g. <c>hiring-subsidies</c>).</summary>
    public const string Header = "x-subsidy-service";

    /// <summary>The configuration section adding (or changing) subsidy services: <c>SubsidyServices:&lt;name&gt;:NameZh</c>, <c>RecordsZh</c>, <c>Serves</c>.</summary>
    public const string Section = "SubsidyServices";

    private const int NameMaxLength = 40;

    /// <summary>The shared contracts by their gRPC service's full name, and the request field a REST path names the service in.</summary>
    public static IReadOnlyDictionary<string, SubsidyContracts> Contracts { get; } = new Dictionary<string, SubsidyContracts>(StringComparer.Ordinal)
    {
        [Employment.Common.V1.SubsidyCases.Descriptor.FullName] = SubsidyContracts.Cases,
        [Employment.Common.V1.SubsidyOversight.Descriptor.FullName] = SubsidyContracts.Oversight,
        [Employment.Common.V1.SubsidyPayments.Descriptor.FullName] = SubsidyContracts.Payments,
    };

    /// <summary>The request field a shared contract's REST path names the subsidy service in.</summary>
    public const string PathField = "subsidy_service";

    /// <summary>
    /// The subsidy services a host calls: the platform's own (<see cref="PlatformServices"/>) and any configuration
    /// adds under <see cref="Section"/> (a service a bureau adds, or a test's), each at <c>Services:&lt;name&gt;</c>.
    /// </summary>
    public static IReadOnlyList<SubsidyService> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var services = PlatformServices.All.Where(s => s.Serves != SubsidyContracts.None)
            .Select(Of)
            .ToList();
        foreach (var added in configuration.GetSection(Section).GetChildren())
        {
            var known = services.FindIndex(s => s.Name == added.Key);
            var before = known >= 0 ? services[known] : new SubsidyService(added.Key, added.Key, added.Key, SubsidyContracts.None);
            var service = before with
            {
                NameZh = added["NameZh"] ?? before.NameZh,
                RecordsZh = added["RecordsZh"] ?? added["NameZh"] ?? before.RecordsZh,
                Serves = added["Serves"] is { Length: > 0 } serves ? Enum.Parse<SubsidyContracts>(serves) : before.Serves,
                ForEmployers = added.GetValue("ForEmployers", before.ForEmployers),
            };
            if (known >= 0)
            {
                services[known] = service;
            }
            else
            {
                services.Add(service);
            }
        }

        return services;
    }

    /// <summary>One of the platform's services as a subsidy service (what its module serves).</summary>
    public static SubsidyService Of(PlatformService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new(service.Name, service.NameZh, service.RecordsZh ?? service.NameZh, service.Serves, service.ForEmployers);
    }

    /// <summary>The platform's service of that name as a subsidy service.</summary>
    public static SubsidyService Of(string name) =>
        Of(PlatformServices.Find(name) ?? throw new ArgumentException($"The platform has no service {name}.", nameof(name)));

    /// <summary>A service name from a request, quoted for a message only when it reads as one (never a caller's arbitrary text).</summary>
    public static string Quoted(string named) =>
        named.Length <= NameMaxLength && named.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? $"“{named}”"
            : "一个无法识别的名称";

    /// <summary>Puts the header on every call of a client bound to one subsidy service.</summary>
    internal sealed class HeaderInterceptor(string service) : Interceptor
    {
        public override TResponse BlockingUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, Named(context));

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, Named(context));

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, Named(context));

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(Named(context));

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(Named(context));

        private ClientInterceptorContext<TRequest, TResponse> Named<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
            where TRequest : class
            where TResponse : class
        {
            var headers = new Metadata();
            foreach (var header in context.Options.Headers ?? [])
            {
                if (!string.Equals(header.Key, Header, StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(header);
                }
            }

            headers.Add(Header, service);
            return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
        }
    }
}

/// <summary>
/// One typed client of a shared contract per subsidy service that serves it (Grpc.Net.ClientFactory's named
/// clients, each at <c>Services:&lt;name&gt;</c> and naming its service in every call): what a screen or a
/// reader across services takes to reach every subsidy service the same way.
/// </summary>
public sealed class SubsidyClients<TClient>(Grpc.Net.ClientFactory.GrpcClientFactory factory, IReadOnlyList<SubsidyService> services)
    where TClient : ClientBase
{
    /// <summary>The services that serve the contract, in the platform's order.</summary>
    public IReadOnlyList<SubsidyService> Services { get; } = services;

    /// <summary>The client bound to <paramref name="service"/>; null when no such service serves the contract.</summary>
    public TClient? For(string service) =>
        Services.Any(s => s.Name == service) ? factory.CreateClient<TClient>(ClientName(service)) : null;

    internal static string ClientName(string service) => $"{service}/{typeof(TClient).Name}";
}
