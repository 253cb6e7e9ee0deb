using Employment.Figures.UseCases;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Figures.V1;

namespace Employment.Figures.Grpc;

/// <summary>
/// employment.figures.v1.BureauFigures. Each method resolves the caller, calls one use case and returns its
/// answer; what counts where is decided in Domain/, the rows kept in Data/. A caller acts within its office's region.
/// </summary>
internal sealed class BureauFiguresService(ICallerResolver callers, RefreshFigures refresh, FigureQueries queries, EnterFigure enter, AuditSamples samples) : V1.BureauFigures.BureauFiguresBase
{
    public override Task<V1.FiguresRefresh> RefreshFigures(V1.RefreshFiguresRequest request, ServerCallContext context) =>
        refresh.RunAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Figures> GetFigures(V1.GetFiguresRequest request, ServerCallContext context) =>
        queries.GetAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListFigureRecordsResponse> ListFigureRecords(V1.ListFigureRecordsRequest request, ServerCallContext context) =>
        queries.ListRecordsAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.EnteredFigure> EnterFigure(V1.EnterFigureRequest request, ServerCallContext context) =>
        enter.EnterAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.AuditSample> DrawAuditSample(V1.DrawAuditSampleRequest request, ServerCallContext context) =>
        samples.DrawAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListAuditSamplesResponse> ListAuditSamples(V1.ListAuditSamplesRequest request, ServerCallContext context) =>
        samples.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.AuditSample> GetAuditSample(V1.GetAuditSampleRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.SampleId, "sample_id", "抽样编号");
        return samples.GetAsync(request.SampleId, callers.Resolve(context), context.CancellationToken);
    }
}
