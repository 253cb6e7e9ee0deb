using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Work;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;

namespace Employment.Training.UseCases;

/// <summary>
/// 移交: the office's reviewer hands the applications a clerk handles and that still wait on a clerk (已受理, 待复核,
/// 审核通过 and not paid) to another clerk of the office (<see cref="WorkHandOver"/>), in one idempotent write.
/// </summary>
public sealed class HandOverApplications(TrainingDbContext db, IRecusal recusal, IStaffDirectory staff, ChinaClock clock) : IWorkHandOver
{
    private static readonly int[] Waiting = [(int)SubsidyStatus.Submitted, (int)SubsidyStatus.AwaitingReview, (int)SubsidyStatus.Approved];

    public Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken) =>
        WorkHandOver.RunAsync(db, db.Applications.Where(a => Waiting.Contains(a.Status)), request, reviewer, clock.Now, recusal, staff, DecideApplication.What,
            (moving, _) => Task.FromResult(new RecusalSubjects(
                moving.Select(a => a.PersonId).Distinct(StringComparer.Ordinal).ToList(),
                CreditCodes: moving.Select(a => a.EnterpriseCreditCode).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken);
}
