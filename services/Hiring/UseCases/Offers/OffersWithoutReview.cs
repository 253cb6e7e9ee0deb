using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 免审即享 (焦政办〔2024〕15号（二十）: 推广“直补快办”“免审即享”，加快审核发放进度): where the bureau has put it in force for a
/// measure in the claim's region on the day an offer is accepted (<c>{measure}.offers_decided_without_review</c>, R3:
/// the document leaves which measures to the bureau; unset, a clerk decides every item), the claim an accepted offer
/// became is decided at once — every item approved as the rules judged it on the registry's records — and goes to the
/// payment queue (or waits for 复核 when its amount calls for one). The claimant is told it was approved. The 公示 that
/// follows and the auditors' scan are the checks.
/// </summary>
public sealed class OffersWithoutReview(PolicyCatalog catalog, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds)
{
    /// <summary>Who decided: the service itself, as the audit trail and the auditors' exports name it.</summary>
    public const string Decider = "hiring-subsidies/免审即享";

    public static string KeyOf(string measure) => $"{measure}.offers_decided_without_review";

    /// <summary>Approves the new claim's items when the parameter is in force; true when it did.</summary>
    public bool TryApprove(HiringClaimRecord claim, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var measure = kinds.Of((V1.SubsidyKind)claim.Kind).Measure;
        if (!catalog.TryResolve(KeyOf(measure), Region.Parse(claim.Region), today, out var inForce) || !inForce.Value.Boolean
            || claim.Items.Any(i => (ClaimStatus)i.Status != ClaimStatus.Submitted))
        {
            return false;
        }

        foreach (var item in claim.Items)
        {
            item.Status = (int)ClaimStatus.Approved;
            item.DecisionReasonZh = $"免审即享：按登记系统记录核准（{inForce.Source.Display()}）";
            item.DecidedBy = Decider;
            item.DecidedAt = now;
            item.StampChanged(Decider, now);
        }

        DecideClaimItem.Conclude(claim, catalog, measure, today);
        return true;
    }
}
