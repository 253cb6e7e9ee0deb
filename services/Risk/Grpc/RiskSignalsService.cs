using Employment.Risk.UseCases;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.Grpc;

/// <summary>
/// employment.risk.v1.RiskSignals. Each method resolves the auditor, calls one use case and returns its
/// answer; the rules live in Domain/, the rows in Data/. An auditor acts within its office's region.
/// </summary>
internal sealed class RiskSignalsService(ICallerResolver callers, RunScan scan, SignalQueries queries, ReviewSignal review) : V1.RiskSignals.RiskSignalsBase
{
    public override Task<V1.ScanSummary> RunScan(V1.RunScanRequest request, ServerCallContext context) =>
        scan.RunAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListSignalsResponse> ListSignals(V1.ListSignalsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Signal> GetSignal(V1.GetSignalRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.SignalId, "signal_id", "风险提示编号");
        return queries.GetAsync(request.SignalId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.Signal> ReviewSignal(V1.ReviewSignalRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.SignalId, "signal_id", "风险提示编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return review.ReviewAsync(request, callers.Resolve(context), context.CancellationToken);
    }
}
