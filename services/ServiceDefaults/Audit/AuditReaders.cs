using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.ServiceDefaults.Audit;

/// <summary>
/// A service's ExportForAudit as a reader across services reads it (the auditors' scan, the bureau's figures):
/// every item of a region received in a period, a page at a time.
/// </summary>
public interface IAuditExport
{
    /// <summary>The service's name (hiring-subsidies, …), as its items name it.</summary>
    string Service { get; }

    IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The deadlines of reading another service's export, on the system clock: a region's export may take minutes.
/// </summary>
public static class AuditReads
{
    /// <summary>How long one service's export may take: a technical bound, not a policy figure.</summary>
    public static readonly TimeSpan ExportDeadline = TimeSpan.FromMinutes(30);

    public static DateTime Deadline => TimeProvider.System.GetUtcNow().UtcDateTime + ExportDeadline;

    /// <summary>A streamed export's pages, the call disposed when they are read.</summary>
    public static async IAsyncEnumerable<AuditExportPage> PagesAsync(AsyncServerStreamingCall<AuditExportPage> call, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        using (call)
        {
            await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                yield return page;
            }
        }
    }
}

/// <summary>
/// One service's ExportForAudit as the shared contract's client offers it (SubsidyOversight, bound to the service).
/// </summary>
public class GrpcAuditExport(string service, Func<AuditExportRequest, CallOptions, AsyncServerStreamingCall<AuditExportPage>> export) : IAuditExport
{
    public string Service => service;

    public IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken) =>
        AuditReads.PagesAsync(export(request, new CallOptions(deadline: AuditReads.Deadline, cancellationToken: cancellationToken)), cancellationToken);
}

/// <summary>
/// The services that export for audit (every subsidy service serving SubsidyOversight: hiring-subsidies,
/// training-subsidies, startup-loans, and any configuration adds), one client of the shared contract each at the
/// address <c>Services:&lt;name&gt;</c> gives, with the export's deadline: what every reader across services (the
/// auditors' scan, the bureau's figures) calls.
/// </summary>
public static class AuditedServices
{
    /// <summary>Registers what a reader makes of each audited service's client (its export, or its export and hold), one per service.</summary>
    public static IServiceCollection AddAuditReaders<TReader>(this IServiceCollection services, IConfiguration configuration, Func<string, SubsidyOversight.SubsidyOversightClient, TReader> reader)
        where TReader : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(reader);
        services.AddSubsidyClients<SubsidyOversight.SubsidyOversightClient>(configuration, SubsidyContracts.Oversight, SubsidyOversight.Descriptor, _ => AuditReads.ExportDeadline);
        foreach (var audited in SubsidyServiceCalls.From(configuration).Where(s => s.Serves.HasFlag(SubsidyContracts.Oversight)))
        {
            services.AddScoped(sp => reader(audited.Name, sp.GetRequiredService<SubsidyClients<SubsidyOversight.SubsidyOversightClient>>().For(audited.Name)!));
        }

        return services;
    }
}
