using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>How the founder set up the business: 创办企业 or 从事个体经营 (个体工商户).</summary>
public enum BusinessForm
{
    Enterprise,
    IndividualBusiness,
}

/// <summary>
/// The founder's business. <see cref="Region"/> is where it is registered, which selects the rules
/// (R27); <see cref="FirstBusiness"/> (首次) and <see cref="OperatedNormally"/> (正常经营 since
/// registration) are recorded facts, not computed here; <see cref="FirstBusinessSource"/> says whether the
/// registry's business-start fact or the clerk's statement gave 首次创业.
/// </summary>
public sealed record StartupBusiness(BusinessForm Form, DateOnly RegisteredOn, Region Region, bool FirstBusiness, bool OperatedNormally, FactSource? FirstBusinessSource = null)
{
    /// <summary>Where 正常经营 comes from: market regulation's record in the registry, or the clerk's statement with its evidence.</summary>
    public FactSource? OperatedNormallySource { get; init; }
}

/// <summary>An earlier start-up subsidy paid or granted to the founder, under either measure (一次性: once per person).</summary>
public sealed record PriorStartupSubsidy(string ClaimReference, DateOnly EntitledOn);

/// <summary>
/// An application for the one-off start-up subsidy: the founder's registry profile, the business, earlier
/// subsidies. <see cref="ClaimedOn"/>, when given, is the day it is filed: a measure's entitlement date
/// (a year of normal operation) must have come by then.
/// </summary>
public sealed record StartupApplication(PersonProfile Founder, StartupBusiness Business, IReadOnlyList<PriorStartupSubsidy> PriorSubsidies, DateOnly? ClaimedOn = null);

/// <summary>One measure's judgement: its entitlement date (null when the catalog has no period for it) and its explanation.</summary>
public sealed record StartupMeasureJudgement(string MeasureNameZh, bool Passed, long AmountFen, DateOnly? EntitledOn, Explanation Explanation);

/// <summary>
/// The decision (R21): approved when any measure passes, paid once at the highest amount among them;
/// every measure's judgement is kept so the clerk sees why each did or did not apply.
/// </summary>
public sealed record StartupSubsidyJudgement(bool Approved, long AmountFen, string? PaidUnderZh, string? ConflictingClaimReference, IReadOnlyList<StartupMeasureJudgement> Measures);
