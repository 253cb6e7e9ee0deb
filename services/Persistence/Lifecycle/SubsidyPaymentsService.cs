using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyPayments, once for every service that pays on public notice: batches, 公示 and its
/// objections, 发放 and 发放失败, each asked of the service's own steps (<see cref="IPaymentBatches"/>,
/// <see cref="IPaymentObjections"/>, <see cref="IPayableCases"/>, <see cref="IPaymentRecorder"/>). A counter acts within its region.
/// </summary>
internal sealed class SubsidyPaymentsService(
    ICallerResolver callers,
    SubsidyServiceNamed self,
    IPaymentBatches notices,
    IPaymentObjections objections,
    IPaymentRecorder payments,
    IPayableCases cases) : SubsidyPayments.SubsidyPaymentsBase
{
    public override Task<ListPayableResponse> ListPayable(ListPayableRequest request, ServerCallContext context)
    {
        return cases.ListAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    public override Task<SubsidyCase> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.RecordId, "record_id", "申请编号");
        return cases.GetAsync(request.RecordId, self.CallerOf(context, callers), context.CancellationToken);
    }

    public override Task<PaymentBatch> CreatePaymentBatch(CreatePaymentBatchRequest request, ServerCallContext context)
    {
        var clerk = self.CallerOf(context, callers);
        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(clerk).RequireCovers("region", code);
        return notices.CreateAsync(request, Region.Parse(code), clerk, context.CancellationToken);
    }

    public override Task<PaymentBatch> GetPaymentBatch(GetPaymentBatchRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.BatchId, "batch_id", "发放批次编号");
        return notices.GetAsync(request.BatchId, self.CallerOf(context, callers), context.CancellationToken);
    }

    public override Task<SubsidyCase> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.RecordId, "record_id", "申请编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return payments.RecordAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>发放失败 from the bank's return file: the record waits in its batch to be paid again.</summary>
    public override Task<SubsidyCase> RecordPaymentFailure(PaymentFailureRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.RecordId, "record_id", "申请编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return payments.RecordFailureAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>Public: the notice list is published; people's names and numbers in it are masked.</summary>
    public override Task<PaymentNotice> GetPaymentNotice(GetPaymentNoticeRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        RequestKeys.RequireId(request.BatchId, "batch_id", "发放批次编号");
        return notices.NoticeAsync(request.BatchId, context.CancellationToken);
    }

    /// <summary>Public 公示 of a region: the batches on notice today, lines masked.</summary>
    public override async Task<ListPaymentNoticesResponse> ListPaymentNotices(ListPaymentNoticesRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        var answer = new ListPaymentNoticesResponse();
        answer.Notices.AddRange(await notices.OnNoticeAsync(Region.Parse(RegionCodes.Place(request.Region, "region", required: true)), context.CancellationToken));
        return answer;
    }

    /// <summary>Public 公示异议: the line's record is held from payment until a clerk resolves it.</summary>
    public override Task<ObjectionReceipt> FileObjection(FileObjectionRequest request, ServerCallContext context)
    {
        return objections.FileAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>Public 获取验证码: a code texted to an objector's phone for the batch, the way to object without signing in.</summary>
    public override Task<ObjectionCodeSent> RequestObjectionCode(RequestObjectionCodeRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        return objections.RequestCodeAsync(request, context.CancellationToken);
    }

    public override Task<ListObjectionsResponse> ListObjections(ListObjectionsRequest request, ServerCallContext context)
    {
        return objections.ListAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    public override Task<Objection> ResolveObjection(ResolveObjectionRequest request, ServerCallContext context)
    {
        return objections.ResolveAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }
}
