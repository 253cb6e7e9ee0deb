using Employment.Hiring.Data;
using Employment.ServiceDefaults.Security;

namespace Employment.Hiring.UseCases;

/// <summary>Who a claim names for 回避: the claimant employer and every person its items pay for (a founder, a hire, a trainee).</summary>
public static class ClaimRecusal
{
    public const string What = DecideClaimItem.What;

    public static RecusalSubjects Of(HiringClaimRecord claim, IEnumerable<HiringClaimItemRecord> items)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(items);
        return new RecusalSubjects(
            items.Select(i => i.PersonId).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            CreditCodes: claim.EmployerCreditCode.Length > 0 ? [claim.EmployerCreditCode] : []);
    }
}
