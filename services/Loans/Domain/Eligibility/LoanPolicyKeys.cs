namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// Every catalog key the eligibility domain reads. No policy figure is typed in code: caps, shares,
/// counts, multiples and thresholds are resolved by these keys on the loan's issue date (R1).
/// <see cref="All"/> is what the service requires at start-up.
/// </summary>
public static class LoanPolicyKeys
{
    public const string IndividualSubsidisedCap = "loans.individual.subsidised_cap";
    public const string IndividualUnsubsidisedCap = "loans.individual.unsubsidised_cap";
    public const string IndividualSubsidySharePercent = "loans.individual.subsidy_share_percent";

    /// <summary>A configuration value (R3): no document states it; offers show no term limit while it is unset.</summary>
    public const string IndividualTermMaxYears = "loans.individual.term_max_years";

    public const string IndividualBusinessMixedTotalCap = "loans.individual_business.mixed_total_cap";
    public const string IndividualBusinessMixedSubsidisedCap = "loans.individual_business.mixed_subsidised_cap";
    public const string IndividualBusinessSubsidySharePercent = "loans.individual_business.subsidy_share_percent";
    public const string IndividualBusinessUnsubsidisedCap = "loans.individual_business.unsubsidised_cap";

    public const string PartnershipSubsidisedCap = "loans.partnership.subsidised_cap";
    public const string PartnershipUnsubsidisedCap = "loans.partnership.unsubsidised_cap";
    public const string PartnershipSubsidySharePercent = "loans.partnership.subsidy_share_percent";

    public const string SmallMicroSubsidisedCap = "loans.small_micro.subsidised_cap";
    public const string SmallMicroUnsubsidisedCap = "loans.small_micro.unsubsidised_cap";
    public const string SmallMicroSubsidySharePercent = "loans.small_micro.subsidy_share_percent";
    public const string SmallMicroTermMaxYears = "loans.small_micro.term_max_years";
    public const string SmallMicroHiringRatioPercent = "loans.small_micro.hiring_ratio_percent";
    public const string SmallMicroHiringRatioPercentLargeStaff = "loans.small_micro.hiring_ratio_percent_large_staff";
    public const string SmallMicroLargeStaffThreshold = "loans.small_micro.large_staff_threshold";
    public const string SmallMicroHireContractMinYears = "loans.small_micro.hire_contract_min_years";

    public const string EnterpriseMixedTotalCap = "loans.enterprise_mixed.total_cap";
    public const string EnterpriseMixedSubsidisedCap = "loans.enterprise_mixed.subsidised_cap";
    public const string EnterpriseMixedSubsidySharePercent = "loans.enterprise_mixed.subsidy_share_percent";

    public const string HonoursSubsidisedCap = "loans.honours.subsidised_cap";
    public const string HonoursUnsubsidisedCap = "loans.honours.unsubsidised_cap";
    public const string HonoursSubsidySharePercent = "loans.honours.subsidy_share_percent";
    public const string HonoursCounterGuaranteeExempt = "loans.honours.counter_guarantee_exempt";

    public const string CounterGuaranteeExemptMaxAmount = "loans.counter_guarantee.exempt_max_amount";
    public const string CounterGuaranteeGuarantorMultiple = "loans.counter_guarantee.guarantor_multiple";

    public const string SubsidisedLoansMaxCount = "loans.subsidised_loans.max_count";

    /// <summary>展期 (R8), resolved on the request date.</summary>
    public const string ExtensionRequestDeadline = "loans.extension.request_deadline";
    public const string ExtensionMaxCount = "loans.extension.max_count";
    public const string ExtensionMaxYears = "loans.extension.max_years";

    public static IReadOnlyList<string> All { get; } =
    [
        IndividualSubsidisedCap,
        IndividualUnsubsidisedCap,
        IndividualSubsidySharePercent,
        IndividualTermMaxYears,
        IndividualBusinessMixedTotalCap,
        IndividualBusinessMixedSubsidisedCap,
        IndividualBusinessSubsidySharePercent,
        IndividualBusinessUnsubsidisedCap,
        PartnershipSubsidisedCap,
        PartnershipUnsubsidisedCap,
        PartnershipSubsidySharePercent,
        SmallMicroSubsidisedCap,
        SmallMicroUnsubsidisedCap,
        SmallMicroSubsidySharePercent,
        SmallMicroTermMaxYears,
        SmallMicroHiringRatioPercent,
        SmallMicroHiringRatioPercentLargeStaff,
        SmallMicroLargeStaffThreshold,
        SmallMicroHireContractMinYears,
        EnterpriseMixedTotalCap,
        EnterpriseMixedSubsidisedCap,
        EnterpriseMixedSubsidySharePercent,
        HonoursSubsidisedCap,
        HonoursUnsubsidisedCap,
        HonoursSubsidySharePercent,
        HonoursCounterGuaranteeExempt,
        CounterGuaranteeExemptMaxAmount,
        CounterGuaranteeGuarantorMultiple,
        SubsidisedLoansMaxCount,
        ExtensionRequestDeadline,
        ExtensionMaxCount,
        ExtensionMaxYears,
    ];
}
