using Employment.Common.V1;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// What a bank may learn of a judgement: whether and how much, with each check's clause and the
/// request's own facts (amount, date, place, guarantors), and nothing of the borrower's registry
/// profile. The personal conditions become 符合贴息条件 / 不符合贴息条件 with the product's clause;
/// which group the borrower belongs to (经认定的残疾人, 脱贫人口, …), whether the registry knows them
/// at all, and any honour stay with counters and auditors (个人信息保护法 第六条 minimal necessity,
/// 第二十八条 特定身份). One rule for every answer a bank reads: the eligibility query and the
/// applications it may look up.
/// </summary>
internal static class BankDisclosure
{
    /// <summary>The source a fact read from the registry names (as every service names it).</summary>
    public const string RegistrySource = "登记系统记录";

    private const string Met = "符合贴息条件";
    private const string NotMet = "不符合贴息条件";

    /// <summary>The judgement as a bank reads it.</summary>
    public static Explanation Of(Explanation full)
    {
        ArgumentNullException.ThrowIfNull(full);
        var shown = new Explanation { Outcome = full.Outcome, RulesDate = full.RulesDate, SummaryZh = full.SummaryZh };
        var productClause = full.Checks.FirstOrDefault(c => c.Citations.Count > 0 && !IsFromRegistry(c))?.Citations;
        foreach (var check in full.Checks)
        {
            if (IsCategory(check))
            {
                continue;
            }

            if (IsPersonalConditions(check))
            {
                var personal = new Check
                {
                    RuleId = check.RuleId.EndsWith(".personal_subsidy_conditions", StringComparison.Ordinal) ? check.RuleId : LoanCheckIds.PersonalConditions,
                    Passed = check.Passed,
                    DescriptionZh = check.Passed ? Met : NotMet,
                };
                personal.FactsUsed.Add(check.FactsUsed.Where(f => f.Source == "request"));
                personal.Citations.Add(check.Citations.Count > 0 ? check.Citations : productClause ?? []);
                shown.Checks.Add(personal);
                continue;
            }

            var copy = check.Clone();
            copy.FactsUsed.Clear();
            copy.FactsUsed.Add(IsHonour(check) ? [] : check.FactsUsed.Where(f => f.Source != RegistrySource));
            shown.Checks.Add(copy);
        }

        return shown;
    }

    /// <summary>A group of R10 the registry shows the borrower in (category.*): the counter's, never the bank's.</summary>
    private static bool IsCategory(Check check) => check.RuleId.StartsWith("category.", StringComparison.Ordinal);

    /// <summary>The checks that say whether the registry knows the borrower and finds them in a group.</summary>
    private static bool IsPersonalConditions(Check check) =>
        check.RuleId is LoanCheckIds.PersonalConditions or LoanCheckIds.BorrowerRegistered
        || check.RuleId.EndsWith(".personal_subsidy_conditions", StringComparison.Ordinal);

    /// <summary>The honours route is a registry fact: the bank sees the product's verdict, not the honour.</summary>
    private static bool IsHonour(Check check) => check.RuleId == LoanCheckIds.HonoursRoute;

    private static bool IsFromRegistry(Check check) => IsCategory(check) || IsPersonalConditions(check);
}
