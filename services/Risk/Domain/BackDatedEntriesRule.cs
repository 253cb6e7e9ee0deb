using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>
/// 补录: claims whose 受理日期 (R31) lies long before the day they were entered, counted per clerk who entered
/// them. R31 lets a clerk enter a claim received earlier, with its 受理回执; many such entries by one clerk are
/// worth a look. Both thresholds are configuration (R3).
/// </summary>
public sealed class BackDatedEntriesRule : IRiskRule
{
    /// <summary>Runs only with both thresholds configured in force on the period's last day (R3).</summary>
    public IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(settings);
        var days = settings.Threshold(RiskPolicyKeys.BackDatedMinDays);
        var entries = settings.Threshold(RiskPolicyKeys.BackDatedMinEntriesPerClerk);
        return days is not null && entries is not null ? Find(scan.Items, scan.Region, days, entries) : [];
    }

    public static IEnumerable<RaisedSignal> Find(IEnumerable<PaidItem> items, Region region, ParameterValue minDays, ParameterValue minEntries)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(minDays);
        ArgumentNullException.ThrowIfNull(minEntries);
        var days = (int)minDays.Value.Decimal;
        var count = (int)minEntries.Value.Decimal;
        var backDated = items
            .Where(i => i.EnteredBy.Length > 0 && i.EnteredOn.DayNumber - i.ReceivedOn.DayNumber >= days)
            .GroupBy(i => (i.Service, i.Reference))
            .Select(claim => claim.OrderBy(i => i.ItemNo).First());
        foreach (var clerk in backDated.GroupBy(i => i.EnteredBy, StringComparer.Ordinal))
        {
            var records = clerk.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
            if (records.Count < count)
            {
                continue;
            }

            var longest = records.Max(r => r.EnteredOn.DayNumber - r.ReceivedOn.DayNumber);
            var summary = $"经办人 {clerk.Key} 补录{records.Count}件申领（受理日期早于录入日期{days}天以上，最长{longest}天），"
                + $"达到稽核提示起点（{minEntries.NameZh}：{count}件）。请逐件核对受理回执与受理登记。";
            List<SignalFact> facts =
            [
                new("录入经办人", clerk.Key),
                new("补录件数", records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("最长间隔", $"{longest}天"),
                new("无受理回执编号的件数", records.Count(r => r.ReceiptNumber.Length == 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ];
            var severity = records.Count >= 2 * count ? Severity.High : Severity.Medium;
            yield return new RaisedSignal(SignalKind.BackDatedEntries, severity, region, summary, records, facts, [minDays, minEntries], clerk.Key);
        }
    }
}
