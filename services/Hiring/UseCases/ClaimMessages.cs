using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Outbox;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.UseCases;

/// <summary>Whom a claim's messages go to: its employer, or the person of its first item when the person claims for themself.</summary>
public sealed record ClaimAddressee(string ClaimId, string EmployerId, string PersonId)
{
    public static ClaimAddressee Of(HiringClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.Id, claim.EmployerId, claim.Items.Select(i => i.PersonId).FirstOrDefault(p => p.Length > 0) ?? "");
    }
}

/// <summary>
/// The messages a claimant receives about a hiring claim, one per step (受理 at a counter or online, the decision once final), written
/// to the outbox in the step's own transaction and relayed to the registry: to the employer (its agents read it in the
/// hall), or to the person who claims for themself. An offer accepted online is told by <see cref="OfferMessages"/>.
/// </summary>
public static class ClaimMessages
{
    public static void Received(DbContext db, HiringClaimRecord claim, string kindZh, DateTimeOffset at) =>
        Add(db, claim, kindZh, "RECEIVED", "已受理", at,
            $"{Whom(claim)}的{kindZh}（申领编号 {claim.Id}）已受理{(claim.Channel == (int)Channel.Online ? "（网上申请）" : "")}，按规定金额 {ClerkText.Yuan(claim.TotalFen)}。{Places.ProperNameOf(claim.Region)}人社窗口审核，审核结果会再通知{Whom(claim)}。");

    /// <summary>The decision once it counts: approved (after a review where one was asked), or refused with each item's reason.</summary>
    /// <param name="remedies">The remedy a refusal names, in whole or for some items (行政复议, 行政诉讼; R32).</param>
    public static void Decided(DbContext db, HiringClaimRecord claim, string kindZh, DateTimeOffset at, RemedySentences remedies)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(remedies);
        var remedy = remedies.For(Region.Parse(claim.Region), Employment.ServiceDefaults.Time.ChinaClock.DateOf(at)).SentenceZh;
        if ((ClaimStatus)claim.Status == ClaimStatus.Approved)
        {
            var refused = claim.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Rejected).OrderBy(i => i.ItemNo).ToList();
            var part = refused.Count == 0 ? ""
                : $"其中第 {string.Join("、", refused.Select(i => i.ItemNo))} 项不予批准：{ClerkText.Clause(string.Join("；", refused.Select(i => i.DecisionReasonZh).Where(r => r.Length > 0).Distinct()))}。{remedy}";
            Add(db, claim, kindZh, "APPROVED", "审核通过", at,
                $"{Whom(claim)}的{kindZh}（申领编号 {claim.Id}）审核通过，金额 {ClerkText.Yuan(claim.TotalFen)}。{part}将列入发放批次公示，公示期满无异议后发放到收款账户。决定书可在“我的办事”查看和打印。");
        }
        else if ((ClaimStatus)claim.Status == ClaimStatus.Rejected)
        {
            var reasons = string.Join("；", claim.Items.Select(i => i.DecisionReasonZh).Where(r => r.Length > 0).Distinct());
            Add(db, claim, kindZh, "REJECTED", "审核不通过", at,
                $"{Whom(claim)}的{kindZh}（申领编号 {claim.Id}）审核不通过：{ClerkText.Clause(reasons)}。决定书可在“我的办事”查看和打印。{remedy}对决定有疑问，可以向{Places.ProperNameOf(claim.Region)}人社窗口咨询，或拨打 12333。");
        }
    }

    /// <summary>公示: on the public notice until its last day; paid after it if nobody objects.</summary>
    public static void OnNotice(DbContext db, ClaimAddressee claim, string kindZh, DateOnly noticeUntil, DateTimeOffset at) =>
        Add(db, claim, kindZh, "IN_NOTICE", "公示中", at,
            $"{Whom(claim)}的{kindZh}（申领编号 {claim.ClaimId}）已列入发放批次公示，公示至 {noticeUntil:yyyy-MM-dd}。公示期满无异议后发放到收款账户。");

    /// <summary>发放: paid into the claimant's account, with the payment's reference to show the bank.</summary>
    public static void Paid(DbContext db, HiringClaimRecord claim, string kindZh, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Add(db, claim, kindZh, "PAID", "已发放", at,
            $"{Whom(claim)}的{kindZh}（申领编号 {claim.Id}）{ClerkText.Yuan(claim.TotalFen)}已于 {claim.PaidOn:yyyy-MM-dd} 发放到收款账户（发放凭证号 {claim.PaymentReference}）。如未到账，请向{Places.ProperNameOf(claim.Region)}人社窗口咨询。");
    }

    /// <summary>撤回: withdrawn before any decision, by the claimant or by a counter on their written request; nothing more happens to it.</summary>
    public static void Withdrawn(DbContext db, HiringClaimRecord claim, string kindZh, bool byCounter, DateTimeOffset at) =>
        Add(db, claim, kindZh, "WITHDRAWN", "已撤回", at,
            $"{Whom(claim)}的{kindZh}（申领编号 {claim.Id}）已{(byCounter ? "由人社窗口按申请" : "")}撤回，窗口不再审核。条件符合时可以重新申请。");

    private static string Whom(HiringClaimRecord claim) => Whom(ClaimAddressee.Of(claim));

    private static string Whom(ClaimAddressee claim) => claim.EmployerId.Length > 0 ? "贵单位" : "您";

    private static void Add(DbContext db, HiringClaimRecord claim, string kindZh, string step, string titleZh, DateTimeOffset at, string bodyZh) =>
        Add(db, ClaimAddressee.Of(claim), kindZh, step, titleZh, at, bodyZh);

    private static void Add(DbContext db, ClaimAddressee claim, string kindZh, string step, string titleZh, DateTimeOffset at, string bodyZh)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (claim.EmployerId.Length == 0 && claim.PersonId.Length == 0)
        {
            return;
        }

        db.AddMessage(Messages.To(claim.EmployerId.Length > 0 ? "" : claim.PersonId, claim.EmployerId, claim.ClaimId, kindZh, step, titleZh, at, bodyZh), at);
    }
}
