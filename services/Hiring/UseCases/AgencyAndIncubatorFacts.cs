using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.StartupSubsidies;

namespace Employment.Hiring.UseCases;

/// <summary>An incubator entry as the registry records it: the entry day, the cost months and where it comes from.</summary>
public sealed record RecordedIncubatorEntry(DateOnly Entered, IReadOnlyList<IncubatorCostMonth> Costs, string Reference);

/// <summary>
/// The registry's employer facts for the referral subsidy (人力资源服务许可, R26) and the incubator operating
/// subsidy (入驻创业孵化基地, R14, R23). Where the registry records a fact of the kind it decides; null means
/// it records none, and the caller falls back on the clerk's statement with the evidence seen.
/// </summary>
public static class AgencyAndIncubatorFacts
{
    public const string IncubatorRule = "startup.operating_subsidy.matches_registry";

    /// <summary>Whether a recorded licence covers <paramref name="day"/> (the placement), and the licence(s) read; null when none is recorded.</summary>
    public static (bool Licensed, string Reference)? LicensedOn(Claimant claimant, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var licences = claimant.Facts.Where(f => !f.Superseded && f.AgencyLicence is not null).Select(f => f.AgencyLicence).ToList();
        if (licences.Count == 0)
        {
            return null;
        }

        var covering = licences.LastOrDefault(l => Covers(l.Period, day));
        return covering is not null
            ? (true, $"登记系统记录：人力资源服务许可证 {covering.LicenceNumber}")
            : (false, $"登记系统记录：许可证有效期不含 {day:yyyy-MM-dd}（{string.Join("、", licences.Select(l => l.LicenceNumber))}）");
    }

    /// <summary>The business's latest recorded incubator entry; null when none is recorded.</summary>
    public static RecordedIncubatorEntry? IncubatorEntry(Claimant claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        var fact = claimant.Facts.LastOrDefault(f => !f.Superseded && f.IncubatorEntry is { } e && ProtoMapping.DayOrNull(e.Period?.From) is not null);
        if (fact is null)
        {
            return null;
        }

        var entry = fact.IncubatorEntry;
        var costs = entry.Costs.Where(c => c.Month is not null).Select(c => new IncubatorCostMonth(c.Month.Year, c.Month.Month, c.Cost?.Fen ?? 0)).ToList();
        return new RecordedIncubatorEntry(ProtoMapping.DayOrNull(entry.Period.From)!.Value, costs, $"登记系统记录：入驻 {entry.BaseName}（{fact.Source}）");
    }

    /// <summary>
    /// The entry day and cost months to judge: the registry's when it records an entry (a stated entry day
    /// or cost month must agree with it; none stated takes the recorded months), else the claim's.
    /// </summary>
    /// <exception cref="DomainRuleException">A stated entry day or month that differs from the record (FAILED_PRECONDITION naming the field and <see cref="IncubatorRule"/>).</exception>
    public static (DateOnly Entered, IReadOnlyList<IncubatorCostMonth> Costs) Resolve(RecordedIncubatorEntry recorded, DateOnly? statedEntry, IReadOnlyList<IncubatorCostMonth> statedCosts, string field)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(statedCosts);
        if (statedEntry is { } day && day != recorded.Entered)
        {
            throw Mismatch($"{field}.entered_incubator", $"入驻日期 {day:yyyy-MM-dd} 与登记系统记录的 {recorded.Entered:yyyy-MM-dd} 不一致");
        }

        if (statedCosts.Count == 0)
        {
            return (recorded.Entered, recorded.Costs);
        }

        var byMonth = recorded.Costs.ToDictionary(c => (c.Year, c.Month));
        for (var j = 0; j < statedCosts.Count; j++)
        {
            var cost = statedCosts[j];
            if (!byMonth.TryGetValue((cost.Year, cost.Month), out var month))
            {
                throw Mismatch($"{field}.costs[{j}].month", $"登记系统未记录 {cost.Year:D4}-{cost.Month:D2} 的孵化费用");
            }

            if (month.CostFen != cost.CostFen)
            {
                throw Mismatch($"{field}.costs[{j}].cost", $"{cost.Year:D4}-{cost.Month:D2} 费用 {cost.CostFen} 分与登记系统记录的 {month.CostFen} 分不一致");
            }
        }

        return (recorded.Entered, statedCosts);
    }

    private static DomainRuleException Mismatch(string field, string message) =>
        new(DomainRuleKind.NotAllowedNow, $"{message}（请核对入驻协议与费用凭证或先更正登记记录）。 (field: {field})", field, IncubatorRule);

    private static bool Covers(DatePeriod? period, DateOnly date) =>
        (ProtoMapping.DayOrNull(period?.From) is not { } from || from <= date) && (ProtoMapping.DayOrNull(period?.Until) is not { } until || date <= until);
}
