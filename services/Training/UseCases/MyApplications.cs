using Employment.Common.V1;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 我的办事: the signed-in person's own training applications, newest first, each as its progress with the amount,
/// the decision's last day while one is awaited and what happens next. The token's person alone decides whose.
/// </summary>
public sealed class MyApplications(TrainingDbContext db, ApplicationProgressLookup progress)
{
    public async Task<ListMineResponse> ListAsync(ListMineRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var own = RegionScope.Of(caller).OwnPersonId ?? throw RpcErrors.Denied("只有实名登录的本人可以查看“我的办事”。 (a person's own records)");
        var size = Pages.Size(request.Page);
        var offset = Pages.Offset(request.Page);
        var rows = db.Applications.AsNoTracking().Where(a => a.PersonId == own);
        var total = await rows.CountAsync(cancellationToken);
        // Newest first: record ids are version-7 GUIDs, ordered as they were taken (and SQLite cannot order by a DateTimeOffset).
        var page = await rows.OrderByDescending(a => a.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        var answer = new ListMineResponse { Page = Pages.NextByOffset(offset, size, total) };
        answer.Records.AddRange(page.Select(record => SubsidyProgress.ForOwner(progress.Of(record), record.AmountFen)));
        return answer;
    }
}
