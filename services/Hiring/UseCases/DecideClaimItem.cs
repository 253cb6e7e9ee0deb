using Employment.Persistence.Lifecycle;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 审核 one item of a submitted claim, on the claim version the clerk read (ABORTED when stale),
/// idempotent on the key. A rejected 吸纳 or 扩岗 item frees its person for another claim (R9), a rejected start-up item its founder (R14),
/// a rejected social-insurance item its months (R21, R25); once
/// every item is decided the claim is approved (its total the approved items) or rejected. An approval the
/// configuration asks a review of (复核, by measure and the approved total on the day of the last decision) waits for it.
/// </summary>
public sealed class DecideClaimItem(HiringDbContext db, IRecusal recusal, PolicyCatalog catalog, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, ChinaClock clock, ClaimAnswers answers, RemedySentences remedies, ILogger<DecideClaimItem> logger)
{
    public const string What = "就业补贴申请";

    public Task<V1.HiringClaim> DecideAsync(V1.DecideClaimItemRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, "DecideClaimItem", clerk, request.IdempotencyKey, request, V1.HiringClaim.Parser, async () =>
        {
            var id = request.ClaimId.Trim();
            var claim = await db.Claims.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(What, id);
            clerk.RequireVisible(What, id, bankCode: null, claim.Region);
            await recusal.RequireUntiedAsync(clerk, What, ClaimRecusal.Of(claim, claim.Items), cancellationToken);
            if (claim.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(What, claim.Version, request.ExpectedVersion);
            }

            var item = claim.Items.SingleOrDefault(i => i.ItemNo == request.ItemNo)
                ?? throw DomainRuleException.Invalid("item_no", $"申请 {id} 没有第 {request.ItemNo} 项（共 {claim.Items.Count} 项）。");
            var status = ClaimItemDecision.Decide(item.ItemNo, (ClaimStatus)item.Status, request.Approve, request.ReasonZh);
            var now = clock.Now;
            item.Status = (int)status;
            item.DecisionReasonZh = request.ReasonZh.Trim();
            item.DecidedBy = clerk.Subject;
            item.DecidedAt = now;
            if (!ClaimItemDecision.HoldsPerson(status))
            {
                await ReleaseAsync(db, claim.Id, item, clerk.Subject, now, cancellationToken);
            }

            item.StampChanged(clerk.Subject, now);
            Conclude(claim, catalog, kinds.Of((V1.SubsidyKind)claim.Kind).Measure, clock.Today);
            claim.StampChanged(clerk.Subject, now);
            // The claimant is told once the decision counts (a review still to come tells it later), in this same write.
            ClaimMessages.Decided(db, claim, kinds.NameZh((V1.SubsidyKind)claim.Kind), now, remedies);
            HiringLog.ItemDecided(logger, claim.Id, item.ItemNo, status.ToString(), clerk.Subject);
            return answers.Of(claim);
        }, cancellationToken);
    }

    /// <summary>
    /// An item that no longer stands (refused, withdrawn) frees what it held: its person for another 吸纳 or 扩岗 claim (R9),
    /// its founder (R14), its once-only key (R15), and its months (R21, R25) and a trainee's (R22).
    /// </summary>
    internal static async Task ReleaseAsync(HiringDbContext db, string claimId, HiringClaimItemRecord item, string subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ReleaseHolds(item);
        await db.SubsidisedMonths.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo)
            .ForEachAsync(m =>
            {
                m.StandingPerson = null;
                m.StampChanged(subject, now);
            }, cancellationToken);
        await db.TraineeMonths.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo)
            .ForEachAsync(m =>
            {
                m.StandingPerson = null;
                m.StampChanged(subject, now);
            }, cancellationToken);
    }

    /// <summary>The same freeing for an item refused as its claim is taken (坚持申请): its rows are not yet in the database.</summary>
    internal static void ReleaseTaken(HiringDbContext db, string claimId, HiringClaimItemRecord item)
    {
        ReleaseHolds(item);
        foreach (var month in db.SubsidisedMonths.Local.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo))
        {
            month.StandingPerson = null;
        }

        foreach (var month in db.TraineeMonths.Local.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo))
        {
            month.StandingPerson = null;
        }
    }

    /// <summary>The item's own holds freed, and kept in <see cref="HiringClaimItemRecord.ReleasedHolds"/> for an appeal.</summary>
    private static void ReleaseHolds(HiringClaimItemRecord item)
    {
        if (item.StandingOneOffHirePerson is not null || item.StandingStartupFounder is not null || item.StandingOnceKey is not null)
        {
            item.ReleasedHolds = string.Join('\n', item.StandingOneOffHirePerson ?? "", item.StandingStartupFounder ?? "", item.StandingOnceKey ?? "");
        }

        item.StandingOneOffHirePerson = null;
        item.StandingStartupFounder = null;
        item.StandingOnceKey = null;
    }

    /// <summary>
    /// 撤销原决定 (申诉): a refused item stands again, holding what it held — its person, founder or once-only key and
    /// its months — so the database refuses the reopening when another claim holds any of them now.
    /// </summary>
    internal static async Task HoldAgainAsync(HiringDbContext db, string claimId, HiringClaimItemRecord item, string subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = item.ReleasedHolds.Split('\n');
        string? Held(int i) => held.Length > i && held[i].Length > 0 ? held[i] : null;
        (item.StandingOneOffHirePerson, item.StandingStartupFounder, item.StandingOnceKey, item.ReleasedHolds) = (Held(0), Held(1), Held(2), "");
        await db.SubsidisedMonths.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo)
            .ForEachAsync(m =>
            {
                m.StandingPerson = m.PersonId;
                m.StampChanged(subject, now);
            }, cancellationToken);
        await db.TraineeMonths.Where(m => m.ClaimId == claimId && m.ItemNo == item.ItemNo)
            .ForEachAsync(m =>
            {
                m.StandingPerson = m.PersonId;
                m.StampChanged(subject, now);
            }, cancellationToken);
    }

    /// <summary>
    /// The claim's status from its items' decisions: once every item is decided, its total is the approved items and
    /// an approval waits for 复核 when the measure's amount for it (R3) is reached on <paramref name="today"/>.
    /// </summary>
    internal static void Conclude(HiringClaimRecord claim, PolicyCatalog catalog, string measure, DateOnly today)
    {
        claim.Status = (int)ClaimItemDecision.ClaimStatusOf(claim.Items.Select(i => (ClaimStatus)i.Status).ToList());
        if ((ClaimStatus)claim.Status != ClaimStatus.Submitted)
        {
            claim.TotalFen = claim.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Approved).Sum(i => i.AmountFen);
        }

        if ((ClaimStatus)claim.Status == ClaimStatus.Approved)
        {
            var threshold = DecisionReviews.Threshold(catalog, DecisionReviews.KeyOf(measure), Region.Parse(claim.Region), today, claim.TotalFen);
            claim.Status = (int)DecisionReviews.Approve(claim, threshold);
        }
    }
}
