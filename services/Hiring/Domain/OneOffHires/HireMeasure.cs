namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// What one per-hire subsidy reads from the catalog and the ids of the checks it makes. Both measures
/// are judged by the same <see cref="OneOffHireJudge"/>; what differs between them (groups, schemes,
/// contract length, employer kinds) is catalog data named here, and every rule id is a literal in
/// <see cref="HireMeasures"/>.
/// </summary>
internal sealed record HireMeasure(
    HireSubsidyKind Kind,
    string NameZh,
    string AmountKey,
    string ContractStartDeadlineKey,
    string? MinContractYearsKey,
    string MinInsuredMonthsKey,
    string MaxPerPersonKey,
    string ExclusiveWithOtherKey,
    IReadOnlyList<(EmployerKind Kind, string Key)> EmployerKeys,
    IReadOnlyList<(InsuredScheme Scheme, string Key)> SchemeKeys,
    IReadOnlyList<(TargetGroup Group, string Key)> GroupKeys,
    HireRuleIds Rules);

/// <summary>The check ids of one measure, in the order the judgement makes them.</summary>
internal sealed record HireRuleIds(
    string PolicyInForce,
    string ContractStartByDeadline,
    string EmployerKind,
    string? ContractMinMonths,
    string InsuredSchemes,
    string TargetGroup,
    string OncePerPerson,
    string NotWithOther);
