using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 我的办事: the caller's own claims, newest first, each as its progress with the amount, the decision's last day while
/// one is awaited and what happens next. An employer's agent sees the employer's claims; a person the claims they made
/// themselves (灵活就业社保补贴, 交通补贴: no employer, the person the claimant), never an employer's claim naming them.
/// </summary>
public sealed class MyClaims(HiringDbContext db, ClaimProgressLookup progress) : IMyRecords
{
    public async Task<ListMineResponse> ListAsync(ListMineRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RegionScope.Of(caller).OwnParty;
        var rows = own.EmployerId is { } employer
            ? db.Claims.AsNoTracking().Where(c => c.EmployerId == employer)
            : db.Claims.AsNoTracking().Where(c => c.EmployerId == "" && c.Items.Any(i => i.PersonId == own.PersonId));

        var (page, next) = await NewestFirst.PageAsync(rows.Include(c => c.Items), c => c.Id, request.Page, cancellationToken);
        var answer = new ListMineResponse { Page = next };
        answer.Records.AddRange(page.Select(record =>
        {
            var mine = SubsidyProgress.ForOwner(progress.Of(record), record.TotalFen);
            mine.Withdrawable = WithdrawClaim.Withdrawable(record);
            mine.HasLetter = (Domain.Claims.ClaimStatus)record.Status is Domain.Claims.ClaimStatus.Approved or Domain.Claims.ClaimStatus.Rejected or Domain.Claims.ClaimStatus.Paid;
            return mine;
        }));
        return answer;
    }
}
