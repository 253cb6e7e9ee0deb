using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Payments;

/// <summary>
/// 公示: a payment batch is on public notice from the day it is made for the configured number of
/// days (R3), and payable from the day after the last one.
/// </summary>
public sealed record PublicNotice(DateOnly From, DateOnly Until, ParameterValue Days)
{
    /// <exception cref="DomainRuleException">The notice period is not configured for the region on the day (FAILED_PRECONDITION naming key, region and date), or is not positive.</exception>
    public static PublicNotice Starting(DateOnly day, Region region, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ParameterValue days;
        try
        {
            days = catalog.Resolve(HiringPolicyKeys.PaymentPublicNoticeDays, region, day);
        }
        catch (PolicyResolutionException e)
        {
            throw DomainRuleException.NotAllowed(e.Message, HiringPolicyKeys.PaymentPublicNoticeDays);
        }

        if (days.Value.Integer < 1)
        {
            throw DomainRuleException.NotAllowed($"公示期配置为 {days.Value.Display()}，应至少 1 天。", HiringPolicyKeys.PaymentPublicNoticeDays);
        }

        return new PublicNotice(day, day.AddDays(days.Value.Integer - 1), days);
    }
}
