using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Work;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 移交: the office's reviewer hands the claims a clerk handles and that still wait on a clerk (已受理, 待复核,
/// 审核通过 and not paid) to another clerk of the office (<see cref="WorkHandOver"/>), in one idempotent write.
/// </summary>
public sealed class HandOverClaims(HiringDbContext db, IRecusal recusal, IStaffDirectory staff, ChinaClock clock) : IWorkHandOver
{
    private static readonly int[] Waiting = [(int)SubsidyStatus.Submitted, (int)SubsidyStatus.AwaitingReview, (int)SubsidyStatus.Approved];

    public Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken) =>
        WorkHandOver.RunAsync(db, db.Claims.Where(a => Waiting.Contains(a.Status)), request, reviewer, clock.Now, recusal, staff, ClaimRecusal.What, SubjectsAsync, cancellationToken);

    /// <summary>The claimant employers and every person the claims' items pay for.</summary>
    private async Task<RecusalSubjects> SubjectsAsync(IReadOnlyList<HiringClaimRecord> claims, CancellationToken cancellationToken)
    {
        var ids = claims.Select(c => c.Id).ToList();
        var people = await db.ClaimItems.AsNoTracking().Where(i => ids.Contains(i.ClaimId)).Select(i => i.PersonId).Distinct().ToListAsync(cancellationToken);
        return new RecusalSubjects(people, CreditCodes: claims.Select(c => c.EmployerCreditCode).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList());
    }
}
