using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 我的办事: the signed-in person's own training applications (an enterprise's 新型学徒制 ones to its agent), newest first, each as its progress with the amount,
/// the decision's last day while one is awaited and what happens next. The token's person alone decides whose.
/// </summary>
public sealed class MyApplications(TrainingDbContext db, ApplicationProgressLookup progress) : IMyRecords
{
    public async Task<ListMineResponse> ListAsync(ListMineRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RegionScope.Of(caller).OwnParty;
        var rows = own.EmployerId is { } employer
            ? db.Applications.AsNoTracking().Where(a => a.EmployerId == employer)
            : db.Applications.AsNoTracking().Where(a => a.PersonId == own.PersonId);
        var (page, next) = await NewestFirst.PageAsync(rows, a => a.Id, request.Page, cancellationToken);
        var answer = new ListMineResponse { Page = next };
        answer.Records.AddRange(page.Select(record =>
        {
            var mine = SubsidyProgress.ForOwner(progress.Of(record), record.AmountFen);
            mine.Withdrawable = Domain.Applications.ApplicationDecision.Withdrawable((Domain.Applications.ApplicationStatus)record.Status);
            mine.HasLetter = record.DecidedAt is not null
                && (Domain.Applications.ApplicationStatus)record.Status is Domain.Applications.ApplicationStatus.Approved or Domain.Applications.ApplicationStatus.Rejected or Domain.Applications.ApplicationStatus.Paid;
            return mine;
        }));
        return answer;
    }
}
