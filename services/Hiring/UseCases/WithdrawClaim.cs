using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 撤回 (the lifecycle's shared step): the claimant withdraws its claim while no item of it is decided — an employer's
/// agent its employer's, a person their own — or a counter of its region does on the claimant's written request, with the
/// reason. The claim and each item become 已撤回, leave the queue and free what they held (a person for another 吸纳,
/// a founder, a month), and the claimant is told in the same write. Another's claim and no claim look the same.
/// </summary>
public sealed class WithdrawClaim(HiringDbContext db, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, ClaimProgressLookup progress, ChinaClock clock,
    ILogger<WithdrawClaim> logger) : OwnWithdrawal<HiringClaimRecord>(db, clock)
{
    /// <summary>Whether the claimant may still withdraw it: taken, and no item of it decided yet.</summary>
    public static bool Withdrawable(HiringClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (ClaimStatus)claim.Status == ClaimStatus.Submitted && claim.Items.All(i => (ClaimStatus)i.Status == ClaimStatus.Submitted);
    }

    protected override string WhatZh => DecideClaimItem.What;

    protected override string WhoMayZh => "就业补贴申请由申请单位经办人或申请人本人撤回，或由窗口按其书面申请撤回。";

    protected override Task<HiringClaimRecord?> FindAsync(string reference, CancellationToken cancellationToken) =>
        db.Claims.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == reference, cancellationToken);

    protected override (RecordOwner Owner, string Region) WhoseIs(HiringClaimRecord record) => (ClaimQueries.OwnerOf(record), record.Region);

    protected override async Task<ApplicationProgress> WithdrawAsync(HiringClaimRecord record, WithdrawRequest request, Caller caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!Withdrawable(record))
        {
            throw DomainRuleException.NotAllowed(
                $"申请当前状态为{SubsidyStatusText.Zh((SubsidyStatus)record.Status)}{(record.Items.Any(i => (ClaimStatus)i.Status != ClaimStatus.Submitted) ? "（已有项目审核）" : "")}，只有尚未审核的申请可以撤回；有疑问请到人社窗口或拨打 12333。");
        }

        foreach (var item in record.Items)
        {
            item.Status = (int)ClaimStatus.Withdrawn;
            item.DecisionReasonZh = request.ReasonZh.Trim();
            await DecideClaimItem.ReleaseAsync(db, record.Id, item, caller.Subject, at, cancellationToken);
            item.StampChanged(caller.Subject, at);
        }

        record.Status = (int)ClaimStatus.Withdrawn;
        record.StampChanged(caller.Subject, at);
        ClaimMessages.Withdrawn(db, record, kinds.NameZh((V1.SubsidyKind)record.Kind), caller.Role == CallerRole.Counter, at);
        HiringLog.ClaimWithdrawn(logger, record.Id, caller.Subject);
        return SubsidyProgress.ForOwner(progress.Of(record), record.TotalFen);
    }
}
