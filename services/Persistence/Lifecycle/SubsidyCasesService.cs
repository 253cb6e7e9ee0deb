using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
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
    ChinaClock clock) : SubsidyCases.SubsidyCasesBase
{
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
        var (asked, problems) = form.Build(FormAnswers.Of(form.Describe(), request.Answers), clock.Today);
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
