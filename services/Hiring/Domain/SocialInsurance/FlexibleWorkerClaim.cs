using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>One month and scheme a flexible worker paid for themself (灵活就业缴费), in fen.</summary>
public sealed record FlexibleContribution(int Year, int Month, InsuredScheme Scheme, long PaidFen)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public string Display => $"{Year:D4}-{Month:D2}";
}

/// <summary>
/// A flexible worker's own claim for the social-insurance subsidy (36号（十）, 29号 cl.4; R25). The person is the
/// claimant; <see cref="Region"/> is where they are insured as a flexible worker. <see cref="FirstSubsidisedMonth"/>
/// is the first month of an earlier claim, when there was one: the group and the window are judged on it and
/// the duration runs from it (R25); null means this claim's earliest month is the first.
/// </summary>
public sealed record FlexibleWorkerClaim(
    PersonProfile Person,
    Region Region,
    IReadOnlyList<FlexibleContribution> Contributions,
    DateOnly? FirstSubsidisedMonth = null)
{
    // An input limit, not a policy figure (see SocialInsuranceHire).
    private const long ArithmeticLimitFen = long.MaxValue / 100_000;

    /// <summary>Refuses what no claim can hold, naming the field.</summary>
    public void Validate()
    {
        if (Contributions.Count == 0)
        {
            throw DomainRuleException.Invalid("contributions", "请列出申请补贴的缴费月份。 (List the months claimed.)");
        }

        var seen = new HashSet<(int, int, InsuredScheme)>();
        for (var i = 0; i < Contributions.Count; i++)
        {
            var c = Contributions[i];
            if (c.Month is < 1 or > 12 || c.Year is < 1 or > 9999)
            {
                throw DomainRuleException.Invalid($"contributions[{i}].month", $"缴费月份无效：{c.Year}-{c.Month}。 (Not a calendar month.)");
            }

            if (FirstSubsidisedMonth is { } first && c.FirstDay < new DateOnly(first.Year, first.Month, 1))
            {
                throw DomainRuleException.Invalid($"contributions[{i}].month", $"缴费月份 {c.Display} 早于首个补贴月份 {first:yyyy-MM}。 (The month is before the first subsidised month.)");
            }

            if (!seen.Add((c.Year, c.Month, c.Scheme)))
            {
                throw DomainRuleException.Invalid($"contributions[{i}].month", $"缴费月份 {c.Display} 的同一险种重复。 (The month and scheme are listed twice.)");
            }

            if (c.PaidFen < 0 || c.PaidFen > ArithmeticLimitFen)
            {
                throw DomainRuleException.Invalid($"contributions[{i}].paid", $"缴费金额须为非负数且在可受理范围内（收到 {c.PaidFen} 分）。 (The amount must be zero or more, within range.)");
            }
        }
    }
}

/// <summary>The decision on a flexible worker's claim: the amount, the months it pays, the explanation.</summary>
public sealed record FlexibleWorkerJudgement(bool Approved, long AmountFen, bool PolicyInForce, IReadOnlyList<string> PaidMonths, Explanation Explanation);
