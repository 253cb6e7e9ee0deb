using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyCases, once for every subsidy service: each method checks the service the call names
/// and the caller, then asks the service's own step (<see cref="IMyRecords"/>, <see cref="IProgressLookup"/>,
/// <see cref="IDecisionReview"/>, <see cref="IWorkHandOver"/>, the kinds' <see cref="SelfCheckForm"/>s); a service whose decisions take no 复核 registers none. The contract's roles are every service's together; <see cref="SubsidyCasesOptions"/>
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
    IEnumerable<SelfCheckForm> selfChecks) : SubsidyCases.SubsidyCasesBase
{
    /// <summary>自助测算's forms, described from the self-check request's own descriptor in the order the kinds registered them.</summary>
    public override Task<FormDescriptions> DescribeSelfChecks(DescribeSelfChecksRequest request, ServerCallContext context)
    {
        self.RequireHere(context, request.SubsidyService);
        var described = new FormDescriptions();
        described.Forms.AddRange(selfChecks.Select(f => f.Describe()));
        return Task.FromResult(described);
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
