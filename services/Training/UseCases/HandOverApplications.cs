using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Payments;
using Employment.Persistence.Work;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Training.UseCases;

/// <summary>
/// 移交: the office's reviewer hands the applications a clerk handles and that still wait on a clerk (已受理, 待复核,
/// 审核通过 and not paid) to another clerk of the office (<see cref="WorkHandOver"/>), in one idempotent write.
/// </summary>
public sealed class HandOverApplications(TrainingDbContext db, ChinaClock clock)
{
    private static readonly int[] Waiting = [(int)SubsidyStatus.Submitted, (int)SubsidyStatus.AwaitingReview, (int)SubsidyStatus.Approved];

    public Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken)
    {
        var handOver = WorkHandOver.Check(request, reviewer);
        var scope = RegionScope.Of(reviewer);
        return IdempotentWrite.RunAsync(db, clock.Now, "HandOverWork", reviewer, request.IdempotencyKey, request, HandOverWorkAnswer.Parser, async () =>
        {
            var rows = await db.Applications
                .Where(a => a.Region.StartsWith(scope.CodePrefix) && Waiting.Contains(a.Status) && (a.HandledBy == handOver.From || (a.HandledBy == "" && a.CreatedBy == handOver.From)))
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken);
            return WorkHandOver.Move(rows.Where(a => scope.Covers(a.Region)), handOver, reviewer, clock.Now, a => a.Id);
        }, cancellationToken);
    }
}
