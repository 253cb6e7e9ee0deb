namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// The id of every check a loan product's judgement makes, written out whole so that a search for an id
/// met in an answer (<c>loans.partnership.subsidy_share_fixed_at_issue</c>) lands here, and from here on
/// the line of <see cref="LoanProducts"/> that decides it (rule ids are literals).
/// </summary>
internal static class LoanCheckIds
{
    /// <summary>The person borrower is in the registry (a counter's check; a bank reads only <see cref="PersonalConditions"/>).</summary>
    public const string BorrowerRegistered = "loans.borrower.registered";

    /// <summary>The borrower meets the personal conditions for a subsidised loan, by the registry's groups.</summary>
    public const string PersonalConditions = "loans.personal_subsidy_conditions";

    /// <summary>The honours product's route (市级以上荣誉 or 创业大赛获奖).</summary>
    public const string HonoursRoute = "loans.honours.route";

    /// <summary>The product rules (a product's rule family: individual, partnership, …) that have check ids here.</summary>
    public static readonly IReadOnlyList<string> Rules = ["individual", "individual_business", "partnership", "small_micro", "enterprise_mixed", "honours"];

    public static string AmountWithinSubsidisedCap(string rule) => rule switch
    {
        "individual" => "loans.individual.amount_within_subsidised_cap",
        "individual_business" => "loans.individual_business.amount_within_subsidised_cap",
        "partnership" => "loans.partnership.amount_within_subsidised_cap",
        "small_micro" => "loans.small_micro.amount_within_subsidised_cap",
        "enterprise_mixed" => "loans.enterprise_mixed.amount_within_subsidised_cap",
        "honours" => "loans.honours.amount_within_subsidised_cap",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string AmountWithinUnsubsidisedCap(string rule) => rule switch
    {
        "individual" => "loans.individual.amount_within_unsubsidised_cap",
        "individual_business" => "loans.individual_business.amount_within_unsubsidised_cap",
        "partnership" => "loans.partnership.amount_within_unsubsidised_cap",
        "small_micro" => "loans.small_micro.amount_within_unsubsidised_cap",
        "enterprise_mixed" => "loans.enterprise_mixed.amount_within_unsubsidised_cap",
        "honours" => "loans.honours.amount_within_unsubsidised_cap",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string AmountWithinMixedTotalCap(string rule) => rule switch
    {
        "individual" => "loans.individual.amount_within_mixed_total_cap",
        "individual_business" => "loans.individual_business.amount_within_mixed_total_cap",
        "partnership" => "loans.partnership.amount_within_mixed_total_cap",
        "small_micro" => "loans.small_micro.amount_within_mixed_total_cap",
        "enterprise_mixed" => "loans.enterprise_mixed.amount_within_mixed_total_cap",
        "honours" => "loans.honours.amount_within_mixed_total_cap",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string MixedSubsidisedPart(string rule) => rule switch
    {
        "individual" => "loans.individual.mixed_subsidised_part",
        "individual_business" => "loans.individual_business.mixed_subsidised_part",
        "partnership" => "loans.partnership.mixed_subsidised_part",
        "small_micro" => "loans.small_micro.mixed_subsidised_part",
        "enterprise_mixed" => "loans.enterprise_mixed.mixed_subsidised_part",
        "honours" => "loans.honours.mixed_subsidised_part",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string SubsidyShareFixedAtIssue(string rule) => rule switch
    {
        "individual" => "loans.individual.subsidy_share_fixed_at_issue",
        "individual_business" => "loans.individual_business.subsidy_share_fixed_at_issue",
        "partnership" => "loans.partnership.subsidy_share_fixed_at_issue",
        "small_micro" => "loans.small_micro.subsidy_share_fixed_at_issue",
        "enterprise_mixed" => "loans.enterprise_mixed.subsidy_share_fixed_at_issue",
        "honours" => "loans.honours.subsidy_share_fixed_at_issue",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string SubsidyShareInForce(string rule) => rule switch
    {
        "individual" => "loans.individual.subsidy_share_in_force",
        "individual_business" => "loans.individual_business.subsidy_share_in_force",
        "partnership" => "loans.partnership.subsidy_share_in_force",
        "small_micro" => "loans.small_micro.subsidy_share_in_force",
        "enterprise_mixed" => "loans.enterprise_mixed.subsidy_share_in_force",
        "honours" => "loans.honours.subsidy_share_in_force",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string PersonalSubsidyConditions(string rule) => rule switch
    {
        "individual" => "loans.individual.personal_subsidy_conditions",
        "individual_business" => "loans.individual_business.personal_subsidy_conditions",
        "partnership" => "loans.partnership.personal_subsidy_conditions",
        "small_micro" => "loans.small_micro.personal_subsidy_conditions",
        "enterprise_mixed" => "loans.enterprise_mixed.personal_subsidy_conditions",
        "honours" => "loans.honours.personal_subsidy_conditions",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };

    public static string TermLimit(string rule) => rule switch
    {
        "individual" => "loans.individual.term_limit",
        "individual_business" => "loans.individual_business.term_limit",
        "partnership" => "loans.partnership.term_limit",
        "small_micro" => "loans.small_micro.term_limit",
        "enterprise_mixed" => "loans.enterprise_mixed.term_limit",
        "honours" => "loans.honours.term_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No loan product has this rule."),
    };
}
