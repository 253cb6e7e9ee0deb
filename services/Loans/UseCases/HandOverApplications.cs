using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Work;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 移交: the office's reviewer hands the loan applications a clerk handles and that still wait on a clerk (已受理, 审核通过,
/// 担保审批通过) to another clerk of the office (<see cref="WorkHandOver"/>), in one idempotent write. Sent to the bank, an
/// application is the bank's to decide and keeps its clerk.
/// </summary>
internal sealed class HandOverApplications(LoansDbContext db, IRecusal recusal, IStaffDirectory staff, ChinaClock clock) : IWorkHandOver
{
    private static readonly int[] Waiting = [(int)V1.ApplicationState.Accepted, (int)V1.ApplicationState.Reviewed, (int)V1.ApplicationState.GuaranteeApproved];

    public Task<HandOverWorkAnswer> HandOverAsync(HandOverWorkRequest request, Caller reviewer, CancellationToken cancellationToken) =>
        WorkHandOver.RunAsync(db, db.Applications.Where(a => Waiting.Contains(a.State)), request, reviewer, clock.Now, recusal, staff, LoanRecusal.What,
            (moving, _) => Task.FromResult(new RecusalSubjects(moving.Select(a => a.BorrowerPersonId).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList())),
            cancellationToken);
}
