using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyCases, once for every subsidy service: each method checks the service the call names
/// and the caller, then asks the service's own step (<see cref="IMyRecords"/>, <see cref="IProgressLookup"/>,
/// <see cref="IDecisionReview"/>, <see cref="IWorkHandOver"/>, the kinds' <see cref="SelfCheckForm"/>s and the service's <see cref="ISelfCheckJudge"/>); a service whose decisions take no 复核 registers none. The contract's roles are every service's together; <see cref="SubsidyCasesOptions"/>
/// narrows 我的办事 to the roles whose records this service keeps.
/// </summary>
internal sealed class SubsidyCasesService(
    ICallerResolver callers,
    SubsidyServiceNamed self,
    SubsidyCasesOptions options,
    IMyRecords mine,
    IProgressLookup progress,
    IWorkHandOver handOvers,
    IEnumerable<IDecisionReview> reviews,
    IEnumerable<SelfCheckForm> selfChecks,
    IEnumerable<ISelfCheckJudge> judges,
    IEnumerable<IApplicationTaking> takings,
    IEnumerable<IMaterialReading> materials,
    IEnumerable<IWithdrawal> withdrawals,
    IEnumerable<IDecisionLetters> letters,
    IEnumerable<IAppeals> appeals,
    IEnumerable<Declines.DeclinedRequests> declines,
    RemedySentences remedies,
    ChinaClock clock) : SubsidyCases.SubsidyCasesBase
{
    /// <summary>申请表: the service's own forms, one per kind.</summary>
    public override Task<FormDescriptions> DescribeApplicationForms(DescribeApplicationFormsRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var region = request.RegionCode.Length > 0 ? Policy.Model.Region.Parse(RegionCodes.Place(request.RegionCode, "region_code", required: true)) : (Policy.Model.Region?)null;
        return Task.FromResult(Taking().Describe(region, clock.Today));
    }

    /// <summary>预审: the answers judged as the service's own take judges them, nothing stored.</summary>
    public override Task<JudgedApplication> PreviewApplication(ApplicationAnswers request, ServerCallContext context) =>
        JudgeAsync(request, context, take: false);

    /// <summary>受理: the answers taken by the service's own take, once per key.</summary>
    public override Task<JudgedApplication> SubmitApplication(ApplicationAnswers request, ServerCallContext context) =>
        JudgeAsync(request, context, take: true);

    /// <summary>
    /// The answers of the form of the kind named, checked on their face and put into the service's own take request by
    /// the form's paths (with the key and the files where it takes them), for the callers its own take allows.
    /// </summary>
    private async Task<JudgedApplication> JudgeAsync(ApplicationAnswers request, ServerCallContext context, bool take)
    {
        self.RequireHere(context, request.SubsidyService);
        var caller = self.CallerOf(context, callers);
        var taking = Taking();
        var roles = AccessRules.Shared.For($"/{taking.Take.Service.FullName}/{taking.Take.Name}").Roles;
        if (!roles.Contains(caller.Role))
        {
            throw new StatusDetails(StatusCode.PermissionDenied, DeclaredAccess.RoleNotAllowed(roles, caller.Role)) { Reason = DeclaredAccess.RoleNotAllowedReason }.ToException();
        }

        var form = taking.Describe(null, clock.Today).Forms.FirstOrDefault(f => f.Kind == request.Kind)
            ?? throw RpcErrors.Invalid("kind", $"{self.NameZh}没有这种申请（kind：{request.Kind}），请从申请表中选择。");
        var asked = (IMessage)Activator.CreateInstance(taking.Take.InputType.ClrType)!;
        var problems = FormAnswers.Of(form, request.Answers).Fill(asked, form, clock.Today);
        if (problems.Count > 0)
        {
            throw RpcErrors.Invalid(problems[0].Path, problems[0].MessageZh);
        }

        taking.SetKind(asked, form.Kind);
        asked.Descriptor.FindFieldByName("idempotency_key")?.Accessor.SetValue(asked, request.IdempotencyKey);
        if (request.Insisted)
        {
            // A take without the field (a loan's) takes every application for its own review anyway.
            asked.Descriptor.FindFieldByName(Submissions.SubsidyKindInsistence.Field)?.Accessor.SetValue(asked, true);
        }

        if (request.Materials.Count > 0)
        {
            var files = asked.Descriptor.FindFieldByName("materials")
                ?? throw RpcErrors.Invalid("materials", $"{form.NameZh}不在网上收取材料，请到窗口提交。");
            var list = (System.Collections.IList)files.Accessor.GetValue(asked);
            foreach (var file in request.Materials)
            {
                list.Add(file);
            }
        }

        var judged = await taking.JudgeAsync(asked, caller, take, context.CancellationToken);
        judged.KindZh = judged.KindZh.Length > 0 ? judged.KindZh : form.NameZh;
        if (!take)
        {
            (judged.State, judged.StateZh) = (PreviewState, "预审，尚未受理");
        }

        return judged;
    }

    /// <summary>
    /// 撤回: the reference and the key present, a counter's reason given in plain text (an applicant's own needs none), then
    /// the service's own withdrawal, which decides whose the record is and whether it may still be withdrawn.
    /// </summary>
    public override Task<ApplicationProgress> Withdraw(WithdrawRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var caller = self.CallerOf(context, callers);
        RequestKeys.RequireId(request.Reference, "reference", "申请编号");
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", 200, "撤回原因", required: false);
        if (caller.Role == CallerRole.Counter && reason.Length == 0)
        {
            throw RpcErrors.Invalid("reason_zh", "窗口代为撤回时，请写明撤回原因（如：申请人 2024 年 6 月 3 日书面申请撤回）。");
        }

        var withdrawal = withdrawals.FirstOrDefault() ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不受理撤回。").ToException();
        return withdrawal.WithdrawAsync(request, caller, context.CancellationToken);
    }

    /// <summary>决定书: the service's draft of a decided record, by its own visibility of the record, completed in the kit's one wording.</summary>
    public override async Task<DecisionLetter> GetDecisionLetter(GetDecisionLetterRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        RequestKeys.RequireId(request.Reference, "reference", "申请编号");
        var writer = letters.FirstOrDefault() ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不出具决定书。").ToException();
        var draft = await writer.DraftAsync(request.Reference.Trim(), self.CallerOf(context, callers), context.CancellationToken);
        return DecisionLetters.Complete(draft, remedies);
    }

    /// <summary>不予受理: the office's written answer to what is not its to take, kept in the service asked.</summary>
    public override Task<NotAcceptedNotice> DeclineToTake(DeclineToTakeRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var writing = declines.FirstOrDefault() ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不出具不予受理通知书。").ToException();
        return writing.DeclineAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>申诉: the reference and the key present, then the kit's one way of filing, for a service that takes appeals.</summary>
    public override Task<Appeal> FileAppeal(FileAppealRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        RequestKeys.RequireId(request.Reference, "reference", "申请编号");
        var caller = self.CallerOf(context, callers);
        return appeals.FirstOrDefault() is { } taking
            ? taking.FileAsync(request, caller, context.CancellationToken)
            : throw DomainRuleException.NotAllowed($"{self.NameZh}的审核决定不受理申诉；如不服决定，可以依法申请行政复议或者提起行政诉讼。");
    }

    /// <summary>申诉: a counter's region's queue, or the caller's own; none where the service takes no appeals.</summary>
    public override Task<ListAppealsResponse> ListAppeals(ListAppealsRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var caller = self.CallerOf(context, callers);
        return appeals.FirstOrDefault() is { } taking ? taking.ListAsync(request, caller, context.CancellationToken) : Task.FromResult(new ListAppealsResponse());
    }

    /// <summary>申诉复查: by a clerk of the region who neither made nor reviewed the decision (the kit refuses one who did).</summary>
    public override Task<Appeal> SettleAppeal(SettleAppealRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        RequestKeys.RequireId(request.AppealId, "appeal_id", "申诉编号");
        var clerk = self.CallerOf(context, callers);
        return appeals.FirstOrDefault() is { } taking
            ? taking.SettleAsync(request, clerk, context.CancellationToken)
            : throw DomainRuleException.NotFound("申诉", request.AppealId.Trim());
    }

    /// <summary>申报材料: one file of a record, by the service's own visibility of the record.</summary>
    public override Task<MaterialContent> GetMaterial(GetMaterialRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        RequestKeys.RequireId(request.RecordId, "record_id", "申请编号");
        RequestKeys.RequireId(request.MaterialId, "material_id", "材料编号");
        var reading = materials.FirstOrDefault() ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不收取申报材料。").ToException();
        return reading.MaterialAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>The state of an answer judged and not stored.</summary>
    public const string PreviewState = "PREVIEW";

    private IApplicationTaking Taking() => takings.FirstOrDefault()
        ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不通过申请表受理申请。").ToException();

    /// <summary>自助测算's forms, described from the self-check request's own descriptor in the order the kinds registered them.</summary>
    public override Task<FormDescriptions> DescribeSelfChecks(DescribeSelfChecksRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var described = new FormDescriptions();
        described.Forms.AddRange(selfChecks.Select(f => f.Describe()));
        return Task.FromResult(described);
    }

    /// <summary>
    /// 自助测算 asked by the form's paths: the answers checked as the form describes them and put into the service's own
    /// self-check request, judged by the one judge the service registered, whatever the measure.
    /// </summary>
    public override Task<SelfCheckOutcome> CheckSelf(SelfCheckAnswers request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var form = selfChecks.FirstOrDefault(f => f.Address == request.Address)
            ?? throw new StatusDetails(StatusCode.NotFound, $"{self.NameZh}没有名为“{request.Address}”的自助测算。").ToException();
        var judge = judges.FirstOrDefault()
            ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}不提供自助测算。").ToException();
        var (asked, problems) = form.Build(request.Answers, clock.Today);
        if (problems.Count > 0)
        {
            throw RpcErrors.Invalid(problems[0].Path, problems[0].MessageZh);
        }

        return Task.FromResult(judge.Judge(form, asked));
    }

    /// <summary>复核 by a second clerk allowed to review: the service, not the screen, refuses the one who decided.</summary>
    public override Task<SubsidyCase> ReviewDecision(ReviewDecisionRequest request, ServerCallContext context)
    {
        var review = reviews.FirstOrDefault()
            ?? throw new StatusDetails(StatusCode.Unimplemented, $"{self.NameZh}的决定不设复核，无需也无法复核。").ToException();
        RequestKeys.RequireId(request.RecordId, "record_id", "申请编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return review.ReviewAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }

    /// <summary>我的办事: the caller's own records, whatever the request says.</summary>
    public override Task<ListMineResponse> ListMine(ListMineRequest request, ServerCallContext context)
    {
        var caller = self.CallerOf(context, callers);
        if (!options.MineRoles.Contains(caller.Role))
        {
            throw new StatusDetails(StatusCode.PermissionDenied, DeclaredAccess.RoleNotAllowed(options.MineRoles, caller.Role))
            {
                Reason = DeclaredAccess.RoleNotAllowedReason,
            }.ToException();
        }

        return mine.ListAsync(request, caller, context.CancellationToken);
    }

    /// <summary>Public 办理进度: the masked summary for the reference and its 查询码; both wrong look alike.</summary>
    public override Task<ApplicationProgress> GetApplicationProgress(ApplicationProgressRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        return progress.FindAsync(ProgressCodes.Reference(request.Reference), request.Code, context.CancellationToken);
    }

    /// <summary>移交: the office's reviewer hands a clerk's waiting records to another clerk.</summary>
    public override Task<HandOverWorkAnswer> HandOverWork(HandOverWorkRequest request, ServerCallContext context)
    {
        return handOvers.HandOverAsync(request, self.CallerOf(context, callers), context.CancellationToken);
    }
}
