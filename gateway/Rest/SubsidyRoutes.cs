using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Employment.Gateway.Rest;

/// <summary>
/// The routes of the subsidy lifecycle's shared contracts (employment.common.v1.SubsidyCases, SubsidyOversight): one
/// path served by several services, so one YARP route per contract and subsidy service, matched by the
/// <c>x-subsidy-service</c> header to the cluster of that name. A shared call without the header, or naming a service
/// the gateway does not route, gets INVALID_ARGUMENT saying which services there are (<see cref="Refusal"/>).
/// </summary>
public sealed class SubsidyRoutes
{
    private const string RoutesSection = "ReverseProxy:Routes";
    private const string ClustersSection = "ReverseProxy:Clusters";

    private SubsidyRoutes(IReadOnlyDictionary<string, IReadOnlyList<string>> servicesOf) => ServicesOf = servicesOf;

    /// <summary>For each shared contract routed (its full name), the subsidy services (= clusters) that serve it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ServicesOf { get; }

    /// <summary>Adds a header-matched route for every shared contract and every configured subsidy service with a cluster.</summary>
    public static SubsidyRoutes AddTo(IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var clusters = configuration.GetSection(ClustersSection).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var subsidyServices = SubsidyServiceCalls.From(configuration);
        var entries = new Dictionary<string, string?>(StringComparer.Ordinal);
        var servicesOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (contract, flag) in SubsidyServiceCalls.Contracts)
        {
            var serving = subsidyServices.Where(s => s.Serves.HasFlag(flag) && clusters.Contains(s.Name)).Select(s => s.Name).ToArray();
            servicesOf[contract] = serving;
            foreach (var service in serving)
            {
                var name = $"{RoutesSection}:subsidy-{service}-{contract}";
                entries[$"{name}:ClusterId"] = service;
                entries[$"{name}:Match:Path"] = $"/{contract}/{{method}}";
                entries[$"{name}:Match:Headers:0:Name"] = SubsidyServiceCalls.Header;
                entries[$"{name}:Match:Headers:0:Values:0"] = service;
                entries[$"{name}:Match:Headers:0:Mode"] = "ExactHeader";
            }
        }

        configuration.AddInMemoryCollection(entries);
        return new SubsidyRoutes(servicesOf);
    }

    /// <summary>
    /// Why a gRPC call to a shared contract reached no route: no <c>x-subsidy-service</c>, or one no route serves.
    /// Null when <paramref name="methodPath"/> is not a shared contract's.
    /// </summary>
    public StatusDetails? Refusal(HttpContext context, string methodPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(methodPath);
        var contract = methodPath.TrimStart('/').Split('/')[0];
        if (!ServicesOf.TryGetValue(contract, out var services))
        {
            return null;
        }

        var named = context.Request.Headers[SubsidyServiceCalls.Header].ToString();
        var choices = string.Join("、", services);
        var message = named.Length == 0
            ? $"调用共用的补贴办理接口须在请求头 {SubsidyServiceCalls.Header} 中指明办理该业务的服务（{choices}）。 (A shared subsidy call names its service in the {SubsidyServiceCalls.Header} header: {choices}.)"
            : $"请求头 {SubsidyServiceCalls.Header} 指明的服务{SubsidyServiceCalls.Quoted(named)}不办理这项业务；可指明：{choices}。 (The {SubsidyServiceCalls.Header} header names no service that serves this call: {choices}.)";
        return new StatusDetails(StatusCode.InvalidArgument, message) { Field = SubsidyServiceCalls.Header, Reason = "SUBSIDY_SERVICE_REQUIRED" };
    }
}
