using Employment.Common.V1;
using Employment.Risk.Domain;
using Grpc.Core;

namespace Employment.Risk.UseCases;

/// <summary>A subsidy service whose ExportForAudit a scan reads.</summary>
public interface IAuditSource
{
    /// <summary>The service's name (hiring-subsidies, …), as its items name it.</summary>
    string Service { get; }

    IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken);

    /// <summary>稽核暂停发放: holds or releases the service's records a signal links.</summary>
    Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The sources every scan reads, through each service's gRPC API with this service's own token. The
/// deadline is on the system clock: a region's export may take minutes.
/// </summary>
public static class AuditSources
{
    /// <summary>How long one service's export may take: a technical bound, not a policy figure.</summary>
    public static readonly TimeSpan ExportDeadline = TimeSpan.FromMinutes(30);

    /// <summary>How long telling a service of a hold may take: a technical bound, not a policy figure.</summary>
    public static readonly TimeSpan HoldDeadline = TimeSpan.FromSeconds(30);

    internal static DateTime Deadline => TimeProvider.System.GetUtcNow().UtcDateTime + ExportDeadline;

    internal static DateTime HoldBy => TimeProvider.System.GetUtcNow().UtcDateTime + HoldDeadline;

    internal static async IAsyncEnumerable<AuditExportPage> PagesAsync(AsyncServerStreamingCall<AuditExportPage> call, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
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
/// One service's ExportForAudit and SetPaymentHold, as its generated client offers them: every subsidy
/// service declares the same two RPCs on the shared messages, so one source serves them all.
/// </summary>
public sealed class GrpcAuditSource(
    string service,
    Func<AuditExportRequest, CallOptions, AsyncServerStreamingCall<AuditExportPage>> export,
    Func<PaymentHoldRequest, CallOptions, AsyncUnaryCall<PaymentHoldAnswer>> hold) : IAuditSource
{
    public string Service => service;

    public IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, CancellationToken cancellationToken) =>
        AuditSources.PagesAsync(export(request, new CallOptions(deadline: AuditSources.Deadline, cancellationToken: cancellationToken)), cancellationToken);

    public async Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken) =>
        await hold(request, new CallOptions(deadline: AuditSources.HoldBy, cancellationToken: cancellationToken));
}
