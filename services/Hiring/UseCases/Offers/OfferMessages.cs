using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Outbox;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The messages a claimant receives about an offer (免申即享): made, reminded of once while still open, withdrawn, and the claim it became received; written
/// to the outbox with the step and relayed to the registry, which shows them in the hall and texts the person.
/// </summary>
public static class OfferMessages
{
    public static OutgoingMessage Offered(OfferRecord offer, string kindZh, DateTimeOffset at) =>
        Of(offer, offer.Id, kindZh, "OFFERED", "可直接领取", at,
            $"按登记系统的记录，{Whom(offer)}可以领取{kindZh} {ClerkText.Yuan(offer.AmountFen)}，无需另行申请：登录网上办事“我的办事”，核对依据、填写收款账户并确认即可。");

    public static OutgoingMessage Reminded(OfferRecord offer, string kindZh, DateTimeOffset at) =>
        Of(offer, offer.Id, kindZh, "REMINDED", "尚未确认", at,
            $"{Whom(offer)}可以领取的{kindZh} {ClerkText.Yuan(offer.AmountFen)}还没有确认：登录网上办事“我的办事”，核对依据、填写收款账户并确认即可，无需另行申请。");

    public static OutgoingMessage Withdrawn(OfferRecord offer, string kindZh, DateTimeOffset at) =>
        Of(offer, offer.Id, kindZh, "WITHDRAWN", "已撤回", at, $"此前告知{Whom(offer)}可领取的{kindZh}已撤回：{offer.WithdrawnReasonZh}");

    /// <summary>The claim received; decided already where 免审即享 is in force (the approval's own message follows), else awaiting the counter.</summary>
    public static OutgoingMessage Received(OfferRecord offer, HiringClaimRecord claim, string kindZh, DateTimeOffset at) =>
        Of(offer, claim.Id, kindZh, "RECEIVED", "已受理", at,
            $"{Whom(offer)}确认领取的{kindZh}（申领编号 {claim.Id}）已受理，金额 {ClerkText.Yuan(claim.TotalFen)}。" + (Domain.Claims.ClaimStatus)claim.Status switch
            {
                Domain.Claims.ClaimStatus.Approved => "已按登记系统的记录核准（免审即享），无需窗口审核。",
                Domain.Claims.ClaimStatus.AwaitingReview => $"已按登记系统的记录核准（免审即享），因金额较大，还需{Places.ProperNameOf(claim.Region)}人社另一位工作人员复核，结果会再通知{Whom(offer)}。",
                _ => $"{Places.ProperNameOf(claim.Region)}人社窗口审核，审核结果会再通知{Whom(offer)}。",
            });

    private static string Whom(OfferRecord offer) => offer.OwnerEmployerId.Length > 0 ? "贵单位" : "您";

    private static OutgoingMessage Of(OfferRecord offer, string recordId, string kindZh, string step, string titleZh, DateTimeOffset at, string bodyZh) =>
        Messages.To(offer.OwnerPersonId, offer.OwnerEmployerId, recordId, kindZh, step, titleZh, at, bodyZh);
}
