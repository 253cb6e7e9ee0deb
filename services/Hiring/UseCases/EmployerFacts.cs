using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Hiring.Domain.Traineeships;

namespace Employment.Hiring.UseCases;

/// <summary>
/// From the registry's employer facts to what the rules read. A fact kind the registry records for the
/// claimant decides (with the fact's period and document as its source); where it records none of that
/// kind, the caller falls back on what the clerk stated with the evidence seen.
/// </summary>
public static class EmployerFacts
{
    /// <summary>
    /// The 企业规模 recorded for the claimant in force on <paramref name="date"/> (the latest such fact,
    /// corrections skipped); <see cref="EnterpriseSize.Unspecified"/> when none is (size is a recorded fact, R13).
    /// </summary>
    public static EnterpriseSize SizeOn(Claimant claimant, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        return claimant.Facts
            .Where(f => !f.Superseded && f.Size is { } size && Covers(size.Period, date))
            .Select(f => f.Size.Size)
            .LastOrDefault(EnterpriseSize.Unspecified);
    }

    /// <summary>
    /// 以单位形式参保 on <paramref name="date"/> as the registry records it (an <c>insured_as_unit</c> fact,
    /// or the 单位类型 以单位形式参保的个体工商户); null when the registry records neither kind for the claimant.
    /// </summary>
    public static (bool Holds, FactSource Source)? InsuredAsUnitOn(Claimant claimant, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var recorded = Current(claimant, EmployerFact.DetailOneofCase.InsuredAsUnit);
        if (recorded.Count > 0)
        {
            return Holding(recorded, f => f.InsuredAsUnit.Period, date,
                f => f.InsuredAsUnit.InsuranceRegistrationNumber is { Length: > 0 } number ? $"单位参保登记号 {number}" : f.Source);
        }

        return OrganisationOn(claimant, date) is (OrganisationKind.IndividualBusinessInsuredAsUnit, var source) ? (true, source) : null;
    }

    /// <summary>有雇工 on <paramref name="date"/> as the registry records it; null when it records no such fact.</summary>
    public static (bool Holds, FactSource Source)? HasEmployeesOn(Claimant claimant, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var recorded = Current(claimant, EmployerFact.DetailOneofCase.HasEmployees);
        return recorded.Count == 0 ? null : Holding(recorded, f => f.HasEmployees.Period, date, f => $"雇工 {f.HasEmployees.Employees} 人（{f.Source}）");
    }

    /// <summary>The 单位类型 recorded in force on <paramref name="date"/>; null when none is.</summary>
    public static (OrganisationKind Kind, FactSource Source)? OrganisationOn(Claimant claimant, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var fact = Current(claimant, EmployerFact.DetailOneofCase.OrganisationType).LastOrDefault(f => Covers(f.OrganisationType.Period, date));
        return fact is null ? null : (fact.OrganisationType.Kind, FactSource.Registry($"单位类型（{fact.Source}{Evidence(fact)}）"));
    }

    /// <summary>
    /// The claimant type the 参照实施 clauses name (R16, R17), from the recorded 单位类型 on
    /// <paramref name="date"/>; null when the registry records none (the caller then reads the 市场主体类型).
    /// </summary>
    public static (ClaimantType Type, FactSource Source)? ClaimantTypeOn(Claimant claimant, DateOnly date) =>
        OrganisationOn(claimant, date) is var (kind, source)
            ? (kind switch
            {
                OrganisationKind.Enterprise => ClaimantType.Enterprise,
                OrganisationKind.SocialGroup => ClaimantType.SocialGroup,
                OrganisationKind.Foundation => ClaimantType.Foundation,
                OrganisationKind.SocialServiceOrganisation => ClaimantType.SocialServiceOrganisation,
                OrganisationKind.LawFirm => ClaimantType.LawFirm,
                OrganisationKind.AccountingFirm => ClaimantType.AccountingFirm,
                OrganisationKind.IndividualBusinessInsuredAsUnit => ClaimantType.IndividualBusiness,
                _ => ClaimantType.Other,
            }, source)
            : null;

    /// <summary>The host's recorded 见习单位认定, each with its period and document (empty: the registry records none).</summary>
    public static IReadOnlyList<HostRecognition> TraineeHostRecognitions(Claimant claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        return Current(claimant, EmployerFact.DetailOneofCase.TraineeHost)
            .Where(f => ProtoMapping.DayOrNull(f.TraineeHost.Period?.From) is not null)
            .Select(f => new HostRecognition(ProtoMapping.DayOrNull(f.TraineeHost.Period.From)!.Value, ProtoMapping.DayOrNull(f.TraineeHost.Period.Until), f.TraineeHost.RecognisingDocument))
            .ToList();
    }

    private static List<EmployerFact> Current(Claimant claimant, EmployerFact.DetailOneofCase kind) =>
        claimant.Facts.Where(f => !f.Superseded && f.DetailCase == kind).ToList();

    private static (bool, FactSource) Holding(List<EmployerFact> recorded, Func<EmployerFact, DatePeriod?> period, DateOnly date, Func<EmployerFact, string> describe)
    {
        var covering = recorded.LastOrDefault(f => Covers(period(f), date));
        return covering is not null
            ? (true, FactSource.Registry($"{describe(covering)}{Evidence(covering)}，{Display(period(covering))}"))
            : (false, FactSource.Registry($"记录期间不含 {date:yyyy-MM-dd}：{string.Join("；", recorded.Select(f => Display(period(f))))}"));
    }

    private static string Evidence(EmployerFact fact) => fact.EvidenceReference is { Length: > 0 } reference ? $"，{reference}" : "";

    private static string Display(DatePeriod? period) =>
        $"{(ProtoMapping.DayOrNull(period?.From) is { } from ? $"{from:yyyy-MM-dd}" : "…")} 至 {(ProtoMapping.DayOrNull(period?.Until) is { } until ? $"{until:yyyy-MM-dd}" : "长期")}";

    private static bool Covers(DatePeriod? period, DateOnly date) =>
        (ProtoMapping.DayOrNull(period?.From) is not { } from || from <= date) && (ProtoMapping.DayOrNull(period?.Until) is not { } until || date <= until);
}
