using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Employment.Training.UseCases;
using Grpc.Core;
using V1 = Employment.Training.V1;

namespace Employment.Training.Grpc;

/// <summary>
/// employment.training.v1.TrainingSubsidies. Each method checks the caller and the request's shape,
/// calls one use case and returns its answer; rules live in Domain/, data in Data/. Roles are the
/// proto's (checked again here by the host's access interceptor); a counter acts within its region.
/// </summary>
internal sealed class TrainingSubsidiesService(
    ICallerResolver callers,
    SkillUpgradeJudging judging,
    SubmitSkillUpgrade submit,
    VocationalTrainingJudging vocationalJudging,
    SubmitVocationalTraining vocationalSubmit,
    ApprenticeshipJudging apprenticeshipJudging,
    SubmitApprenticeship apprenticeshipSubmit,
    DecideApplication decide,
    ApplicationQueries queries,
    SelfCheckSkillUpgrade selfCheck,
    PaymentBatches batches,
    RecordPayment payments,
    ApplicationProgressLookup progress) : V1.TrainingSubsidies.TrainingSubsidiesBase
{
    /// <summary>Public 办理进度: the masked summary for the reference and its 查询码; both wrong look alike.</summary>
    public override Task<Common.V1.ApplicationProgress> GetApplicationProgress(Common.V1.ApplicationProgressRequest request, ServerCallContext context) =>
        progress.FindAsync(ProgressCodes.Reference(request.Reference), request.Code, context.CancellationToken);

    public override async Task<V1.TrainingApplication> PreviewApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var caller = callers.Resolve(context);
        var region = DecisionRegion(request, caller);
        return request.Kind switch
        {
            V1.SubsidyKind.VocationalTraining => ApplicationAnswers.Preview(await vocationalJudging.JudgeAsync(request, region, caller, context.CancellationToken)),
            V1.SubsidyKind.NewApprenticeship => ApplicationAnswers.Preview(await apprenticeshipJudging.JudgeAsync(request, region, caller, context.CancellationToken)),
            _ => ApplicationAnswers.Preview(await judging.JudgeAsync(request, region, caller, context.CancellationToken)),
        };
    }

    public override Task<V1.TrainingApplication> SubmitApplication(V1.SubmitApplicationRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        var region = DecisionRegion(request, clerk);
        return request.Kind switch
        {
            V1.SubsidyKind.VocationalTraining => vocationalSubmit.SubmitAsync(request, region, clerk, context.CancellationToken),
            V1.SubsidyKind.NewApprenticeship => apprenticeshipSubmit.SubmitAsync(request, region, clerk, context.CancellationToken),
            _ => submit.SubmitAsync(request, region, clerk, context.CancellationToken),
        };
    }

    public override Task<V1.TrainingApplication> DecideApplication(V1.DecideApplicationRequest request, ServerCallContext context)
    {
        RequireId(request.ApplicationId);
        if (request.ExpectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供读取申请时的版本号（expected_version）。");
        }

        return decide.DecideAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.TrainingApplication> GetApplication(V1.GetApplicationRequest request, ServerCallContext context)
    {
        RequireId(request.ApplicationId);
        return queries.GetAsync(request.ApplicationId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListApplicationsResponse> ListApplications(V1.ListApplicationsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.TrainingApplication> RecordPayment(V1.RecordPaymentRequest request, ServerCallContext context)
    {
        RequireId(request.ApplicationId);
        if (request.ExpectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供读取申请时的版本号（expected_version）。");
        }

        return payments.RecordAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.PaymentBatch> CreatePaymentBatch(V1.CreatePaymentBatchRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(clerk).RequireCovers("region", code);
        return batches.CreateAsync(request, Region.Parse(code), clerk, context.CancellationToken);
    }

    public override Task<V1.PaymentBatch> GetPaymentBatch(V1.GetPaymentBatchRequest request, ServerCallContext context)
    {
        RequireId(request.BatchId, "batch_id");
        return batches.GetAsync(request.BatchId, callers.Resolve(context), context.CancellationToken);
    }

    /// <summary>Public: the notice list is published; names and numbers in it are masked.</summary>
    public override Task<V1.PaymentNotice> GetPaymentNotice(V1.GetPaymentBatchRequest request, ServerCallContext context)
    {
        RequireId(request.BatchId, "batch_id");
        return batches.NoticeAsync(request.BatchId, context.CancellationToken);
    }

    /// <summary>Public: anyone, no token; the region is the one they name (no counter scope applies).</summary>
    public override Task<V1.SkillUpgradeSelfCheck> CheckSkillUpgrade(V1.SkillUpgradeSelfCheckRequest request, ServerCallContext context)
    {
        var region = Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        return Task.FromResult(selfCheck.Check(request, region));
    }

    /// <summary>
    /// The kind (skill upgrade, vocational training or 新型学徒制), and the decision region (R27): a place code the
    /// counter's office covers (PERMISSION_DENIED naming the field otherwise).
    /// </summary>
    private static Region DecisionRegion(V1.SubmitApplicationRequest request, Caller caller)
    {
        switch (request.Kind)
        {
            case V1.SubsidyKind.SkillUpgrade:
            case V1.SubsidyKind.VocationalTraining:
            case V1.SubsidyKind.NewApprenticeship:
                break;
            default:
                throw RpcErrors.Invalid("kind", "请选择补贴类型（kind）：技能提升补贴、职业培训补贴或新型学徒制培训补贴。");
        }

        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(caller).RequireCovers("region", code);
        return Region.Parse(code);
    }

    private static void RequireId(string id, string field = "application_id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw RpcErrors.Invalid(field, $"请提供编号（{field}）。");
        }
    }
}
