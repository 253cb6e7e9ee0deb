using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;
using LoansApi = Employment.Loans.V1.StartupLoans;
using TrainingApi = Employment.Training.V1.TrainingSubsidies;

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
/// One service's ExportForAudit as its generated client offers it: every subsidy service declares the same RPC on
/// the shared messages, so one reader serves them all.
/// </summary>
public class GrpcAuditExport(string service, Func<AuditExportRequest, CallOptions, AsyncServerStreamingCall<AuditExportPage>> export) : IAuditExport
{
    public string Service => service;

    public IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken) =>
        AuditReads.PagesAsync(export(request, new CallOptions(deadline: AuditReads.Deadline, cancellationToken: cancellationToken)), cancellationToken);
}

/// <summary>
/// The clients of the services that export for audit (hiring-subsidies, training-subsidies, startup-loans), at the
/// addresses <c>Services:&lt;name&gt;</c> gives (<see cref="Clients.ServiceAddresses"/>), with the export's deadline:
/// what every reader across services (the auditors' scan, the bureau's figures) calls.
/// </summary>
public static class AuditedServices
{
    public const string Hiring = PlatformServices.Hiring;
    public const string Training = PlatformServices.Training;
    public const string Loans = PlatformServices.Loans;

    public static IServiceCollection AddAuditedServiceClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceClient<HiringApi.HiringSubsidiesClient>(HiringApi.Descriptor, _ => ServiceAddresses.Of(configuration, Hiring), _ => AuditReads.ExportDeadline);
        services.AddServiceClient<TrainingApi.TrainingSubsidiesClient>(TrainingApi.Descriptor, _ => ServiceAddresses.Of(configuration, Training), _ => AuditReads.ExportDeadline);
        services.AddServiceClient<LoansApi.StartupLoansClient>(LoansApi.Descriptor, _ => ServiceAddresses.Of(configuration, Loans), _ => AuditReads.ExportDeadline);
        return services;
    }

    /// <summary>Registers what a reader makes of one service's client (its export, or its export and hold), one line per service.</summary>
    public static IServiceCollection AddAuditReader<TClient, TReader>(this IServiceCollection services, Func<TClient, TReader> reader)
        where TClient : class
        where TReader : class =>
        services.AddScoped(sp => reader(sp.GetRequiredService<TClient>()));
}
