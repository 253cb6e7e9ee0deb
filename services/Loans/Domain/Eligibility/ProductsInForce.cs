using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>What a judgement needs before any product's verdict means something.</summary>
public static class ProductsInForce
{
    /// <summary>The common check a bank's or the public's "no" names when no product is in force.</summary>
    public const string InForceCheck = "loans.product_in_force";

    /// <summary>The common check naming the largest cap when the amount is above every product's.</summary>
    public const string LargestCapCheck = "loans.amount_within_largest_cap";

    /// <summary>
    /// For a counter's application or registration, which must name a product: some product must be in
    /// force for the borrower on the date (R1: a date in no period is no policy, FAILED_PRECONDITION),
    /// and the amount asked must be within the largest cap of those products (INVALID_ARGUMENT: no
    /// product could ever lend it).
    /// </summary>
    public static void Require(IReadOnlyList<ProductOffer> offers, EligibilityFacts facts, IReadOnlyList<ParameterValue> periods, IReadOnlyList<ParameterValue>? sharesWithoutCap = null)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(facts);
        if (offers.Count == 0)
        {
            throw DomainRuleException.NotAllowed(Absence(facts, periods, sharesWithoutCap ?? []));
        }

        var largest = offers.Max(o => o.TotalCapFen);
        if (facts.RequestedAmountFen > largest)
        {
            throw DomainRuleException.Invalid("requested_amount", AboveEveryCap(facts, largest));
        }
    }

    /// <summary>
    /// For a bank's query or a person's self-check, whose "no" is an answer: the same two conditions
    /// become failed checks of <paramref name="common"/> (with the periods the documents set, or the
    /// largest cap), and the answer says not eligible instead of refusing the question. Where a document
    /// promises a subsidy share but no cap (<paramref name="sharesWithoutCap"/>), the check says so and cites it.
    /// </summary>
    public static void Explain(IReadOnlyList<ProductOffer> offers, EligibilityFacts facts, IReadOnlyList<ParameterValue> periods, Explanation common, IReadOnlyList<ParameterValue>? sharesWithoutCap = null)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(common);
        var checks = new ExplanationBuilder(facts.IntendedIssueDate);
        if (offers.Count == 0)
        {
            var promised = sharesWithoutCap ?? [];
            var check = checks.Check(InForceCheck, false, Absence(facts, periods, promised))
                .Fact("地区", facts.Region.Code, "request")
                .Fact("拟放款日期", ClerkText.Day(facts.IntendedIssueDate), "request");
            if (periods.Count > 0 || promised.Count > 0)
            {
                check.CitesWhereInForce([.. periods, .. promised]);
            }
        }
        else if (offers.Max(o => o.TotalCapFen) is var largest && facts.RequestedAmountFen > largest)
        {
            checks.Check(LargestCapCheck, false, AboveEveryCap(facts, largest))
                .Fact("申请金额", ClerkText.Yuan(facts.RequestedAmountFen), "request")
                .Fact("最高额度", ClerkText.Yuan(largest));
        }
        else
        {
            return;
        }

        common.Checks.Add(checks.Build("").Checks);
        common.Outcome = Outcome.Failed;
        common.SummaryZh = common.Checks[^1].DescriptionZh;
    }

    /// <summary>Why no product is in force: the place has none of the kind, or the date lies outside every period.</summary>
    private static string Absence(EligibilityFacts facts, IReadOnlyList<ParameterValue> periods, IReadOnlyList<ParameterValue> sharesWithoutCap)
    {
        if (periods.Count == 0 && sharesWithoutCap.Count > 0)
        {
            var share = sharesWithoutCap[0];
            return $"{RulesBasis.NameOf(facts.Region.Code)}的文件规定该类借款人的创业担保贷款贴息比例为 {share.Value.Decimal.ToString("0.##", CultureInfo.InvariantCulture)}%"
                + $"（{share.Source.DocumentNumber} {share.Source.Clause}），但没有规定贷款额度上限，本平台无法测算可贷额度；额度由经办银行和担保机构按规定审核。";
        }

        if (periods.Count == 0)
        {
            return $"{RulesBasis.NameOf(facts.Region.Code)}的政策没有规定该类借款人的创业担保贷款产品，本平台无法按该地区的政策判断。";
        }

        var spans = string.Join("、", periods.Select(p => $"{Day(p.From)} 至 {(p.Until is { } until ? Day(until) : "今")}"));
        return $"拟放款日期 {ClerkText.Day(facts.IntendedIssueDate)} 不在{RulesBasis.NameOf(facts.Region.Code)}该类借款人创业担保贷款产品的政策有效期内（有效期：{spans}）。";
    }

    private static string AboveEveryCap(EligibilityFacts facts, long largestFen) =>
        $"申请金额 {ClerkText.Yuan(facts.RequestedAmountFen)} 超过 {ClerkText.Day(facts.IntendedIssueDate)} 各在售产品的最高额度 {ClerkText.Yuan(largestFen)}。";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
