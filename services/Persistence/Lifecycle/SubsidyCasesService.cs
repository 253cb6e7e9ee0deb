using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// employment.common.v1.SubsidyCases, once for every subsidy service: each method checks the service the call names
/// and the caller, then asks the service's own step (<see cref="IMyRecords"/>, <see cref="IProgressLookup"/>,
/// <see cref="IWorkHandOver"/>). The contract's roles are every service's together; <see cref="SubsidyCasesOptions"/>
/// narrows 我的办事 to the roles whose records this service keeps.
/// </summary>
internal sealed class SubsidyCasesService(
    ICallerResolver callers,
    SubsidyServiceNamed self,
    SubsidyCasesOptions options,
    IMyRecords mine,
    IProgressLookup progress,
    IWorkHandOver handOvers) : SubsidyCases.SubsidyCasesBase
{
    /// <summary>我的办事: the caller's own records, whatever the request says.</summary>
    public override Task<ListMineResponse> ListMine(ListMineRequest request, ServerCallContext context)
    {
        self.RequireHere(context);
        var caller = callers.Resolve(context);
        if (!options.MineRoles.Contains(caller.Role))
        {
            throw new ServiceDefaults.Errors.StatusDetails(StatusCode.PermissionDenied, DeclaredAccess.RoleNotAllowed(options.MineRoles, caller.Role))
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
        self.RequireHere(context);
        return handOvers.HandOverAsync(request, callers.Resolve(context), context.CancellationToken);
    }
}
