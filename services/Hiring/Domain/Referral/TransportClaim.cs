using Employment.Common.V1;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// A 脱贫劳动力's claim for the 一次性交通补助 (15号（九）, R26): the county that pays and sets the amount,
/// the day work outside began (the event date), where the work is, and how many times any county already
/// paid the person this calendar year (counted against the paying county's yearly count, R26).
/// </summary>
public sealed record TransportClaim(PersonProfile Person, Region County, DateOnly WorkStart, Region WorkPlace, int PaidEarlierThisYear)
{
    public void Validate()
    {
        if (PaidEarlierThisYear < 0)
        {
            throw DomainRuleException.Invalid("paid_earlier_this_year", $"本年度已享受次数不能为负数（收到 {PaidEarlierThisYear}）。 (Cannot be negative.)");
        }
    }
}

/// <summary>The decision on a transport-subsidy claim.</summary>
public sealed record TransportJudgement(bool Approved, long AmountFen, bool PolicyInForce, Explanation Explanation);
