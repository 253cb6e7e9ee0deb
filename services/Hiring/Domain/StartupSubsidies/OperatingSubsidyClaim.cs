using Employment.Common.V1;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>One month of a business's actual incubator costs (物管、卫生、房租、水电等), in fen.</summary>
public sealed record IncubatorCostMonth(int Year, int Month, long CostFen)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public string Display => $"{Year:D4}-{Month:D2}";
}

/// <summary>A month an earlier standing claim already subsidises for the same business, with its amount (the yearly cap counts it).</summary>
public sealed record SubsidisedCostMonth(string Month, long AmountFen);

/// <summary>
/// A 运营补贴 claim (Henan D09 cl.32; R14, R23): the business founded by <see cref="Founder"/>, registered in
/// <see cref="Region"/>, which entered the 创业孵化基地 on <see cref="EnteredIncubator"/>; the cost months
/// claimed; the months earlier claims already subsidise.
/// </summary>
public sealed record OperatingSubsidyClaim(
    PersonProfile Founder,
    Region Region,
    DateOnly EnteredIncubator,
    IReadOnlyList<IncubatorCostMonth> Costs,
    IReadOnlyList<SubsidisedCostMonth> PaidEarlier)
{
    // An input limit, not a policy figure: beyond it fen × percent could overflow.
    private const long ArithmeticLimitFen = long.MaxValue / 1000;

    /// <summary>Refuses what no claim can hold, naming the field.</summary>
    public void Validate()
    {
        if (Costs.Count == 0)
        {
            throw DomainRuleException.Invalid("costs", "请列出申请运营补贴的费用月份。 (List the cost months claimed.)");
        }

        var entryMonth = new DateOnly(EnteredIncubator.Year, EnteredIncubator.Month, 1);
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < Costs.Count; i++)
        {
            var c = Costs[i];
            if (c.Month is < 1 or > 12 || c.Year is < 1 or > 9999)
            {
                throw DomainRuleException.Invalid($"costs[{i}].month", $"费用月份无效：{c.Year}-{c.Month}。 (Not a calendar month.)");
            }

            if (c.FirstDay < entryMonth)
            {
                throw DomainRuleException.Invalid($"costs[{i}].month", $"费用月份 {c.Display} 早于入驻孵化基地的月份 {entryMonth:yyyy-MM}。 (The month is before the entry into the incubator.)");
            }

            if (!seen.Add((c.Year, c.Month)))
            {
                throw DomainRuleException.Invalid($"costs[{i}].month", $"费用月份 {c.Display} 重复。 (The month is listed twice.)");
            }

            if (c.CostFen < 0 || c.CostFen > ArithmeticLimitFen)
            {
                throw DomainRuleException.Invalid($"costs[{i}].cost", $"当月实际费用须为非负数且在可受理范围内（收到 {c.CostFen} 分）。 (The cost must be zero or more, within range.)");
            }
        }
    }
}

/// <summary>One cost month as judged: its subsidy year (0, 1, 2 from entry) and what it pays.</summary>
public sealed record OperatingMonth(string Month, int SubsidyYear, long CostFen, long AmountFen);

/// <summary>The decision on a 运营补贴 claim: the amount, the months it pays, the explanation.</summary>
public sealed record OperatingSubsidyJudgement(bool Approved, long AmountFen, bool PolicyInForce, IReadOnlyList<OperatingMonth> PaidMonths, Explanation Explanation);
