using Employment.Common.V1;
using Employment.Persistence.Payments;
using Employment.Persistence.Work;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Hiring.Data;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 移交: the office's reviewer hands the claims a clerk handles and that still wait on a clerk (已受理, 待复核,
/// 审核通过 and not paid) to another clerk of the office (<see cref="WorkHandOver"/>), in one idempotent write.
/// </summary>
public sealed class HandOverClaims(HiringDbContext db, ChinaClock clock)
{
    private static readonly int[] Waiting = [(int)SubsidyStatus.Submitted, (int)SubsidyStatus.AwaitingReview, (int)SubsidyStatus.Approved];

    public Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken) =>
        WorkHandOver.RunAsync(db, db.Claims.Where(a => Waiting.Contains(a.Status)), request, reviewer, clock.Now, cancellationToken);
}
