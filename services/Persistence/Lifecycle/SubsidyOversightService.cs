using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyOversight, once for every service that pays or lends: the audit export and the
/// payment hold, each asked of the service's own step (<see cref="IAuditExportStream"/>, <see cref="IPaymentHoldSetter"/>).
/// </summary>
internal sealed class SubsidyOversightService(
    ICallerResolver callers,
    SubsidyServiceNamed self,
    IAuditExportStream audit,
    IPaymentHoldSetter holds) : SubsidyOversight.SubsidyOversightBase
{
    /// <summary>稽核: the region's records entered in the period, streamed; an auditor's office must cover the region.</summary>
    public override Task ExportForAudit(AuditExportRequest request, IServerStreamWriter<AuditExportPage> responseStream, ServerCallContext context)
    {
        return audit.StreamAsync(AuditExport.Query(request, self.CallerOf(context, callers)), responseStream.WriteAsync, context.CancellationToken);
    }

    /// <summary>稽核暂停发放: the risk-signals service holds or releases the records a confirmed signal links.</summary>
    public override Task<PaymentHoldAnswer> SetPaymentHold(PaymentHoldRequest request, ServerCallContext context)
    {
        return holds.SetAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }
}
