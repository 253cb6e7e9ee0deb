using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 撤销原决定 on appeal (申诉): a claim's refused items are 已受理 again, holding what they held (R9, R14, R15, R21, R22, R25),
/// and the claim waits to be decided again with them; its total is what still stands. Not once any of it is in a
/// payment batch or paid: the money side has moved on.
/// </summary>
public sealed class ReopenClaim(HiringDbContext db) : IAppealReopening
{
    public async Task ReopenAsync(string reference, Caller clerk, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        var claim = await db.Claims.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == reference, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideClaimItem.What, reference);
        if (claim.BatchId is not null || claim.Items.Any(i => (ClaimStatus)i.Status == ClaimStatus.Paid))
        {
            throw DomainRuleException.NotAllowed($"申请 {reference} 已列入发放批次或已发放，不能撤销原决定重新审核；请维持原决定并在复查意见中说明另行处理的办法。");
        }

        var refused = claim.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Rejected).ToList();
        if (refused.Count == 0)
        {
            throw DomainRuleException.NotAllowed($"申请 {reference} 没有不予批准的项目，无需重新审核。");
        }

        foreach (var item in refused)
        {
            (item.Status, item.DecisionReasonZh, item.DecidedBy, item.DecidedAt) = ((int)ClaimStatus.Submitted, "", "", null);
            await DecideClaimItem.HoldAgainAsync(db, claim.Id, item, clerk.Subject, at, cancellationToken);
            item.StampChanged(clerk.Subject, at);
        }

        claim.Status = (int)ClaimStatus.Submitted;
        claim.TotalFen = claim.Items.Where(i => (ClaimStatus)i.Status != ClaimStatus.Rejected).Sum(i => i.AmountFen);
        claim.StampChanged(clerk.Subject, at);
    }
}
