using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;
using Grpc.Core;

namespace Employment.Risk.UseCases;

/// <summary>A subsidy service whose ExportForAudit a scan reads and whose records a confirmed signal holds.</summary>
public interface IAuditSource : IAuditExport
{
    /// <summary>稽核暂停发放: holds or releases the service's records a signal links.</summary>
    Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken);
}

/// <summary>The sources every scan reads, through each service's gRPC API with this service's own token.</summary>
public static class AuditSources
{
    /// <summary>How long telling a service of a hold may take: a technical bound, not a policy figure.</summary>
    public static readonly TimeSpan HoldDeadline = TimeSpan.FromSeconds(30);

    internal static DateTime HoldBy => TimeProvider.System.GetUtcNow().UtcDateTime + HoldDeadline;
}

/// <summary>One service's ExportForAudit and SetPaymentHold, as its generated client offers them.</summary>
public sealed class GrpcAuditSource(
    string service,
    Func<AuditExportRequest, CallOptions, AsyncServerStreamingCall<AuditExportPage>> export,
    Func<PaymentHoldRequest, CallOptions, AsyncUnaryCall<PaymentHoldAnswer>> hold) : GrpcAuditExport(service, export), IAuditSource
{
    public async Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken) =>
        await hold(request, new CallOptions(deadline: AuditSources.HoldBy, cancellationToken: cancellationToken));
}
