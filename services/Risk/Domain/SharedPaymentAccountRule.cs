using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>
/// 虚报冒领: one payment account receiving subsidies for several claimants (employers, or people claiming for
/// themselves) who share no household, across every service. An employer's account receiving for its many
/// hires is one claimant, and so are the people of one household (the registry's 户号) paid into a family
/// account; the threshold is configuration (R3).
/// </summary>
public sealed class SharedPaymentAccountRule : IRiskRule
{
    /// <summary>Runs only with its threshold configured in force on the period's last day (R3).</summary>
    public IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Threshold(RiskPolicyKeys.SharedAccountMinClaimants) is { } claimants ? Find(scan.Items, scan.Region, claimants, scan.Relations) : [];
    }

    public static IEnumerable<RaisedSignal> Find(IEnumerable<PaidItem> items, Region region, ParameterValue minClaimants, RegistryRelations? registry = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(minClaimants);
        var threshold = (int)minClaimants.Value.Decimal;
        var relations = registry ?? RegistryRelations.None;
        foreach (var account in items.Where(i => i.Standing && i.PaymentAccount.Length > 0).GroupBy(i => i.PaymentAccount, StringComparer.Ordinal))
        {
            var byClaimant = account.GroupBy(i => i.Claimant, StringComparer.Ordinal).ToList();
            var households = byClaimant.Select(c => HouseholdOf(c.First(), relations)).Distinct(StringComparer.Ordinal).Count();
            if (households < threshold)
            {
                continue;
            }

            // One record per claimant links them all without listing every hire of a large employer.
            var records = byClaimant.Select(c => c.OrderBy(i => i.Key, StringComparer.Ordinal).First()).OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
            var total = account.Sum(i => i.AmountFen);
            var names = string.Join("、", records.Take(5).Select(r => r.ClaimantZh)) + (records.Count > 5 ? $"等{records.Count}个" : "");
            var summary = $"收款账户尾号{Tail(account.Key)}收取{byClaimant.Count}个申领人的补贴（{names}），共{total / 100m:0.00}元，"
                + $"达到稽核提示起点（{minClaimants.NameZh}：{threshold}个）。请核实账户户名与各申领人的关系，排查虚报冒领。";
            List<SignalFact> facts =
            [
                new("收款账户", account.Key),
                new("申领人数", byClaimant.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("不同户数", households.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("涉及条目数", account.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("合计金额", $"{total / 100m:0.00}元"),
            ];
            var severity = byClaimant.Count >= 2 * threshold ? Severity.High : Severity.Medium;
            yield return new RaisedSignal(SignalKind.SharedPaymentAccount, severity, region, summary, records, facts, [minClaimants], account.Key);
        }
    }

    /// <summary>The claimant's household: an employer is its own; a person their 户号 when the registry knows it.</summary>
    private static string HouseholdOf(PaidItem item, RegistryRelations registry) =>
        item.EmployerCreditCode.Length == 0 && registry.People.TryGetValue(item.PersonId, out var person) && person.HouseholdNumber.Length > 0
            ? "H:" + person.HouseholdNumber
            : item.Claimant;

    private static string Tail(string account) => account.Length <= 4 ? account : account[^4..];
}
