using Employment.Policy.Model;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>What a judgement needs before any product's verdict means something.</summary>
public static class ProductsInForce
{
    /// <summary>
    /// Some product must be in force for the borrower on the date (R1: a date in no period is no
    /// policy, FAILED_PRECONDITION), and the amount asked must be within the largest cap of those
    /// products (INVALID_ARGUMENT: no product could ever lend it).
    /// </summary>
    public static void Require(IReadOnlyList<ProductOffer> offers, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(facts);
        if (offers.Count == 0)
        {
            throw DomainRuleException.NotAllowed(
                $"{ClerkText.Day(facts.IntendedIssueDate)} 在地区 {facts.Region.Code} 没有适用于该类借款人的创业担保贷款政策（放款日期不在任何政策有效期内）。");
        }

        var largest = offers.Max(o => o.TotalCapFen);
        if (facts.RequestedAmountFen > largest)
        {
            throw DomainRuleException.Invalid("requested_amount",
                $"申请金额 {ClerkText.Yuan(facts.RequestedAmountFen)} 超过 {ClerkText.Day(facts.IntendedIssueDate)} 各在售产品的最高额度 {ClerkText.Yuan(largest)}。");
        }
    }
}
