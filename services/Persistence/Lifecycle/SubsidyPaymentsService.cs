using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyPayments, once for every service that pays on public notice: 公示 and its objections,
/// each asked of the service's own steps (<see cref="IPaymentNotices"/>, <see cref="IPaymentObjections"/>).
/// </summary>
internal sealed class SubsidyPaymentsService(
    ICallerResolver callers,
    SubsidyServiceNamed self,
    IPaymentNotices notices,
    IPaymentObjections objections) : SubsidyPayments.SubsidyPaymentsBase
{
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
        self.RequireHere(context);
        return objections.FileAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    /// <summary>Public 获取验证码: a code texted to an objector's phone for the batch, the way to object without signing in.</summary>
    public override Task<ObjectionCodeSent> RequestObjectionCode(RequestObjectionCodeRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        return objections.RequestCodeAsync(request, context.CancellationToken);
    }

    public override Task<ListObjectionsResponse> ListObjections(ListObjectionsRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        return objections.ListAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<Objection> ResolveObjection(ResolveObjectionRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        return objections.ResolveAsync(request, callers.Resolve(context), context.CancellationToken);
    }
}
