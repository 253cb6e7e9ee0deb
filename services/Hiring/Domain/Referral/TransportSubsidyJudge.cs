using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// Judges a claim for the 一次性交通补助 (焦政办〔2024〕15号（九）, R26) by the rule in force on the day work began in
/// the paying county: 脱贫劳动力 (incl. 监测对象) on that day, work outside the province, the county's yearly count,
/// and the county's amount. Amount and count are configuration per county (R3).
/// </summary>
public sealed class TransportSubsidyJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;
    private readonly ApplicantCategories _categories = new(catalog);

    public TransportJudgement Judge(TransportClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(claim.Person);
        claim.Validate();
        var county = claim.County;
        var on = claim.WorkStart;
        var explanation = new ExplanationBuilder(on);
        if (!catalog.TryResolve(HiringPolicyKeys.TransportGroupPovertyAlleviated, county, on, out var group))
        {
            explanation.Check(ReferralRuleIds.TransportPolicyInForce, false, $"外出务工日（{ClerkText.Day(on)}）在{county}没有有效的{NameZh}（裁定 R26、R27）")
                .Fact("外出务工日", ClerkText.Day(on))
                .Fact("无政策的参数", HiringPolicyKeys.TransportGroupPovertyAlleviated)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.TransportGroupPovertyAlleviated));
            return new TransportJudgement(false, 0, false, explanation.Build($"无适用政策：{NameZh}"));
        }

        explanation.Check(ReferralRuleIds.TransportPolicyInForce, true, $"外出务工日（{ClerkText.Day(on)}）在{county}有效的{NameZh}")
            .Fact("外出务工日", ClerkText.Day(on))
            .Uses(group);

        var scratch = new ExplanationBuilder(on);
        var poor = group.Value.Boolean && _categories.PovertyAlleviated(claim.Person, county, on, scratch);
        var groupCheck = explanation.Check(ReferralRuleIds.TransportGroup, poor, "外出务工日为脱贫劳动力（含防止返贫监测对象，裁定 R26）").Uses(group);
        foreach (var inner in scratch.Build("").Checks)
        {
            foreach (var fact in inner.FactsUsed)
            {
                groupCheck.Fact(fact.Name, fact.Value, fact.Source);
            }

            foreach (var citation in inner.Citations)
            {
                groupCheck.Cites(citation);
            }
        }

        var outside = catalog.Resolve(HiringPolicyKeys.TransportRequiresWorkOutsideProvince, county, on);
        var province = county.Chain().First(r => r.Code.EndsWith("0000", StringComparison.Ordinal));
        var away = !province.Contains(claim.WorkPlace);
        explanation.Check(ReferralRuleIds.TransportOutsideProvince, !outside.Value.Boolean || away, $"跨省外出务工：务工地不在{province}（裁定 R26）")
            .Fact("务工地", claim.WorkPlace.Code, "务工证明")
            .Uses(outside);

        if (!explanation.AllPassed)
        {
            var refused = explanation.Build("");
            refused.SummaryZh = $"不符合{NameZh}条件：" + string.Join("、", refused.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
            return new TransportJudgement(false, 0, true, refused);
        }

        var maxPerYear = ConfiguredValue.Read(catalog, HiringPolicyKeys.TransportMaxPerYear, county, on, NameZh, ReferralRuleIds.TransportPerYear);
        explanation.Check(ReferralRuleIds.TransportPerYear, claim.PaidEarlierThisYear < maxPerYear.Value.Integer, $"本年度享受次数（各县合计）未超过发放县规定的{maxPerYear.Value.Display()}（裁定 R26）")
            .Fact("本年度已享受（各县合计）", $"{claim.PaidEarlierThisYear}次", "本系统在办及已批准的申请")
            .Uses(maxPerYear);
        if (!explanation.AllPassed)
        {
            return new TransportJudgement(false, 0, true, explanation.Build($"不符合{NameZh}条件：hiring.transport.per_year"));
        }

        var amount = ConfiguredValue.Read(catalog, HiringPolicyKeys.TransportAmount, county, on, NameZh, ReferralRuleIds.TransportAmount);
        explanation.Check(ReferralRuleIds.TransportAmount, true, $"按本县标准发放{amount.Value.Display()}").Uses(amount);
        return new TransportJudgement(true, amount.Value.Fen, true, explanation.Build($"符合{NameZh}条件，补助{amount.Value.Display()}。"));
    }
}
