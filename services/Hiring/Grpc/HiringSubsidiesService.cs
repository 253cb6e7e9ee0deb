using Employment.Hiring.UseCases;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.Grpc;

/// <summary>
/// employment.hiring.v1.HiringSubsidies. Each method checks the caller and the request's shape, calls
/// one use case and returns its answer; rules live in Domain/, data in Data/. Roles are the proto's
/// (checked again here by the host's access interceptor); a counter acts within its region.
/// </summary>
internal sealed class HiringSubsidiesService(
    ICallerResolver callers,
    HireClaimJudging judging,
    SubmitHireClaim submit,
    TraineeClaimJudging trainees,
    SubmitTraineeClaim submitTrainees,
    SocialInsuranceClaimJudging socialInsurance,
    SubmitSocialInsuranceClaim submitSocialInsurance,
    StartupClaimJudging startups,
    SubmitStartupClaim submitStartup,
    StabilisationClaimJudging stabilisation,
    SubmitStabilisationClaim submitStabilisation,
    FlexibleWorkerClaimJudging flexibleWorkers,
    SubmitFlexibleWorkerClaim submitFlexibleWorker,
    TransportClaimJudging transport,
    SubmitTransportClaim submitTransport,
    ReferralClaimJudging referrals,
    SubmitReferralClaim submitReferral,
    OperatingSubsidyClaimJudging operating,
    SubmitOperatingSubsidyClaim submitOperating,
    DecideClaimItem decide,
    ClaimQueries queries,
    PaymentBatches batches,
    RecordPayment payments,
    ListOwedSubsidies owed,
    ClaimProgressLookup progress,
    SelfCheckSubsidies selfCheck) : V1.HiringSubsidies.HiringSubsidiesBase
{
    /// <summary>Public 办理进度: the masked summary for the claim_id and its 查询码; both wrong look alike.</summary>
    public override Task<Common.V1.ApplicationProgress> GetApplicationProgress(Common.V1.ApplicationProgressRequest request, ServerCallContext context) =>
        progress.FindAsync(ProgressCodes.Reference(request.Reference), request.Code, context.CancellationToken);

    /// <summary>Public 自助测算 on stated facts: judged by the claims' own judges, nothing read or stored.</summary>
    public override Task<V1.SubsidySelfCheck> CheckSubsidies(V1.SubsidySelfCheckRequest request, ServerCallContext context) =>
        Task.FromResult(selfCheck.Check(request));

    public override async Task<V1.HiringClaim> PreviewClaim(V1.SubmitClaimRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        return RequireTakenKind(request) switch
        {
            V1.SubsidyKind.Traineeship => ClaimAnswers.Preview(await trainees.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.Startup => ClaimAnswers.Preview(await startups.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.SocialInsurance => ClaimAnswers.Preview(await socialInsurance.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.StabilisationRefund => ClaimAnswers.Preview(await stabilisation.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.FlexibleSocialInsurance => ClaimAnswers.Preview(await flexibleWorkers.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.Transport => ClaimAnswers.Preview(await transport.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.JobReferral => ClaimAnswers.Preview(await referrals.JudgeAsync(request, clerk, context.CancellationToken)),
            V1.SubsidyKind.IncubatorOperating => ClaimAnswers.Preview(await operating.JudgeAsync(request, clerk, context.CancellationToken)),
            _ => ClaimAnswers.Preview(await judging.JudgeAsync(request, clerk, context.CancellationToken)),
        };
    }

    public override Task<V1.HiringClaim> SubmitClaim(V1.SubmitClaimRequest request, ServerCallContext context)
    {
        var clerk = callers.Resolve(context);
        return RequireTakenKind(request) switch
        {
            V1.SubsidyKind.Traineeship => submitTrainees.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.Startup => submitStartup.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.SocialInsurance => submitSocialInsurance.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.StabilisationRefund => submitStabilisation.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.FlexibleSocialInsurance => submitFlexibleWorker.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.Transport => submitTransport.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.JobReferral => submitReferral.SubmitAsync(request, clerk, context.CancellationToken),
            V1.SubsidyKind.IncubatorOperating => submitOperating.SubmitAsync(request, clerk, context.CancellationToken),
            _ => submit.SubmitAsync(request, clerk, context.CancellationToken),
        };
    }

    public override Task<V1.HiringClaim> DecideClaimItem(V1.DecideClaimItemRequest request, ServerCallContext context)
    {
        RequireId(request.ClaimId);
        RequireVersion(request.ExpectedVersion);
        if (request.ItemNo <= 0)
        {
            throw RpcErrors.Invalid("item_no", "请指明审核的项目序号（item_no，从 1 起）。");
        }

        return decide.DecideAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.HiringClaim> RecordPayment(V1.RecordPaymentRequest request, ServerCallContext context)
    {
        RequireId(request.ClaimId);
        RequireVersion(request.ExpectedVersion);
        return payments.RecordAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.HiringClaim> GetClaim(V1.GetClaimRequest request, ServerCallContext context)
    {
        RequireId(request.ClaimId);
        return queries.GetAsync(request.ClaimId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListClaimsResponse> ListClaims(V1.ListClaimsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

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

    /// <summary>Public: the notice list is published; people's names and numbers in it are masked.</summary>
    public override Task<V1.PaymentNotice> GetPaymentNotice(V1.GetPaymentBatchRequest request, ServerCallContext context)
    {
        RequireId(request.BatchId, "batch_id");
        return batches.NoticeAsync(request.BatchId, context.CancellationToken);
    }

    /// <summary>直补快办: the owed 吸纳 / 扩岗 items of employers registered within the counter's region.</summary>
    public override Task ListOwedSubsidies(V1.ListOwedSubsidiesRequest request, IServerStreamWriter<V1.OwedSubsidiesPage> responseStream, ServerCallContext context)
    {
        var query = OwedSubsidiesInput.Query(request);
        RegionScope.Of(callers.Resolve(context)).RequireCovers("region", query.Region.Code);
        return owed.StreamAsync(query, responseStream.WriteAsync, context.CancellationToken);
    }

    /// <summary>
    /// The kinds this service takes claims for so far: 吸纳 and 扩岗 (R9), 见习 (R11, R22), the start-up
    /// subsidy (R14, R21, R23), the social-insurance subsidy for hires (R21, R25), 稳岗返还 (R13, R15–R17), flexible workers' social insurance (R25), transport and referral subsidies (R26), 运营补贴 (R14, R23). The contract names the others; until their use cases exist they are
    /// UNIMPLEMENTED, never judged by the wrong rules.
    /// </summary>
    private static V1.SubsidyKind RequireTakenKind(V1.SubmitClaimRequest request)
    {
        switch (request.Kind)
        {
            case V1.SubsidyKind.Absorption:
            case V1.SubsidyKind.JobExpansion:
            case V1.SubsidyKind.Traineeship:
            case V1.SubsidyKind.Startup:
            case V1.SubsidyKind.SocialInsurance:
            case V1.SubsidyKind.StabilisationRefund:
            case V1.SubsidyKind.FlexibleSocialInsurance:
            case V1.SubsidyKind.Transport:
            case V1.SubsidyKind.JobReferral:
            case V1.SubsidyKind.IncubatorOperating:
                ClaimText.Check(request);
                return request.Kind;
            case V1.SubsidyKind.Unspecified:
                throw RpcErrors.Invalid("kind", "请选择补贴类型（kind）。");
            default:
                throw new RpcException(new Status(StatusCode.Unimplemented,
                    $"暂不受理该类补贴（{request.Kind}）：目前受理一次性吸纳就业补贴、一次性扩岗补助、社会保险补贴（招用人员）、就业见习补贴、一次性创业补贴、失业保险稳岗返还、灵活就业人员社会保险补贴、一次性交通补助、职业介绍补贴和创业孵化基地运营补贴。 (field: kind)"));
        }
    }

    private static void RequireVersion(long expectedVersion)
    {
        if (expectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供读取申请时的版本号（expected_version）。");
        }
    }

    private static void RequireId(string id, string field = "claim_id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw RpcErrors.Invalid(field, $"请提供编号（{field}）。");
        }
    }
}
