using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;

namespace Employment.Persistence.Payments;

/// <summary>
/// 公示: a payment batch is on public notice from the day it is made for the number of days the service's
/// catalog key configures for the region on that day (R3), and payable from the day after the last one.
/// </summary>
public sealed record PublicNotice(DateOnly From, DateOnly Until, ParameterValue Days)
{
    public DateOnly PayableFrom => Until.AddDays(1);

    /// <exception cref="DomainRuleException">The notice period is not configured for the region on the day (FAILED_PRECONDITION naming key, region and date), or is not positive.</exception>
    public static PublicNotice Starting(DateOnly day, Region region, PolicyCatalog catalog, string noticeDaysKey)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ParameterValue days;
        try
        {
            days = catalog.Resolve(noticeDaysKey, region, day);
        }
        catch (PolicyResolutionException e)
        {
            throw DomainRuleException.NotAllowed(e.Message, noticeDaysKey, cause: e);
        }

        if (days.Value.Integer < 1)
        {
            throw DomainRuleException.NotAllowed($"公示期配置为 {days.Value.Display()}，应至少 1 天。", noticeDaysKey);
        }

        return new PublicNotice(day, day.AddDays(days.Value.Integer - 1), days);
    }
}
