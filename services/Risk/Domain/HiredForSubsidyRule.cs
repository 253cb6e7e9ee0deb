using System.Globalization;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Clients;

namespace Employment.Risk.Domain;

/// <summary>
/// 骗取套取 through a hire: a subsidised hire (a hiring-subsidies item paying an employer for a person it
/// contracted) whose contract or insurance with that employer ends within the configured days after the months
/// that qualified it (R3), or that the registry shows insured by another employer, or drawing unemployment
/// benefit (失业保险金), in those same months. Judged where and when 焦政办〔2023〕36号（十七） is in force: the
/// item's region on the last day it covers.
/// </summary>
public sealed class HiredForSubsidyRule(PolicyCatalog catalog) : IRiskRule
{
    /// <summary>Runs where the clause is in force in the period; without the configured days the "ends soon after" check is left out.</summary>
    public IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.InForce(RiskPolicyKeys.HiredForSubsidyInvestigated) ? Find(scan.Items, scan.Relations, settings.Threshold(RiskPolicyKeys.HiredForSubsidyMaxDaysAfter)) : [];
    }

    /// <param name="maxDaysAfter">The configured days (R3); null leaves the "ends soon after" check out and the others in.</param>
    public IEnumerable<RaisedSignal> Find(IEnumerable<PaidItem> items, RegistryRelations registry, ParameterValue? maxDaysAfter)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(registry);
        var hires = items.Where(i => i.Standing && i.Service == PlatformServices.Hiring && i.PersonId.Length > 0 && i.EmployerCreditCode.Length > 0);
        foreach (var item in hires)
        {
            if (!registry.People.TryGetValue(item.PersonId, out var person) || ClaimMonths.Covered(item) is not { } covered)
            {
                continue;
            }

            var employer = item.EmployerCreditCode;
            var contracts = person.Contracts.Where(c => Same(c.EmployerCreditCode, employer) && c.Span.From <= covered.Until).ToList();
            if (contracts.Count == 0)
            {
                // Not a hire the registry knows of (稳岗返还, a trainee's host): nothing to compare.
                continue;
            }

            if (!catalog.TryResolve(RiskPolicyKeys.HiredForSubsidyInvestigated, item.Region, covered.Until, out var clause) || !clause.Value.Boolean)
            {
                continue;
            }

            var findings = new List<string>();
            var facts = new List<SignalFact> { new("人员", item.NameMasked), new("申领", $"{item.MeasureZh} {item.Reference} 第{item.ItemNo}项，{item.AmountZh}"), new("补贴所依期间", $"{covered.From:yyyy-MM-dd}至{covered.Until:yyyy-MM-dd}") };
            List<ParameterValue> citations = [clause];
            var severity = Severity.Medium;

            if (maxDaysAfter is not null)
            {
                var days = (int)maxDaysAfter.Value.Decimal;
                var limit = covered.Until.AddDays(days);
                var contractEnd = LastEnd(contracts.Select(c => c.Span)) ?? item.ContractEnd;
                var insuranceEnd = LastEnd(person.Insurance.Where(i => !i.FlexibleWorker && Same(i.EmployerCreditCode, employer)).Select(i => i.Span));
                if (contractEnd is { } c && c <= limit)
                {
                    findings.Add(c <= covered.Until
                        ? $"劳动合同于{c:yyyy-MM-dd}终止，早于补贴所依期间结束"
                        : $"劳动合同于{c:yyyy-MM-dd}终止，在补贴所依期间结束后{c.DayNumber - covered.Until.DayNumber}天");
                    facts.Add(new SignalFact("劳动合同终止日", $"{c:yyyy-MM-dd}"));
                }

                if (insuranceEnd is { } s && s <= limit)
                {
                    findings.Add($"该单位为其缴纳社会保险至{s:yyyy-MM-dd}止");
                    facts.Add(new SignalFact("单位参保终止日", $"{s:yyyy-MM-dd}"));
                }

                if (findings.Count > 0)
                {
                    citations.Add(maxDaysAfter);
                }
            }

            var elsewhere = person.Insurance
                .Where(i => !i.FlexibleWorker && i.EmployerCreditCode.Length > 0 && !Same(i.EmployerCreditCode, employer) && i.Span.Overlaps(covered.From, covered.Until))
                .Select(i => i.EmployerCreditCode.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (elsewhere.Count > 0)
            {
                severity = Severity.High;
                findings.Add($"同期登记由其他单位（{string.Join("、", elsewhere)}）缴纳社会保险");
                facts.Add(new SignalFact("同期参保单位", string.Join("、", elsewhere)));
            }

            var benefit = person.UnemploymentBenefit.Where(b => b.Overlaps(covered.From, covered.Until)).ToList();
            if (benefit.Count > 0)
            {
                severity = Severity.High;
                var span = benefit[0];
                var until = span.Until is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "今";
                findings.Add($"同期领取失业保险金（{span.From:yyyy-MM-dd}至{until}）");
                facts.Add(new SignalFact("同期领取失业保险金", $"{span.From:yyyy-MM-dd}至{until}"));
            }

            if (findings.Count == 0)
            {
                continue;
            }

            var summary = $"{item.ClaimantZh}为 {item.NameMasked} 申领{item.MeasureZh}（{item.Reference}，补贴所依期间{covered.From:yyyy-MM}至{covered.Until:yyyy-MM}），"
                + $"而登记信息显示：{string.Join("；", findings)}。{clause.NameZh}（{clause.Source.Display()}）：请核实用工真实性；确认后未发放的暂停发放，已发放的按规定追回。";
            yield return new RaisedSignal(SignalKind.HiredForSubsidy, severity, item.Region, summary, [item], facts, citations, item.PersonId);
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The last day of the latest span, or null when one of them is open-ended (or there are none).</summary>
    private static DateOnly? LastEnd(IEnumerable<DateSpan> spans)
    {
        DateOnly? last = null;
        foreach (var span in spans)
        {
            if (span.Until is not { } until)
            {
                return null;
            }

            last = last is { } l && l >= until ? l : until;
        }

        return last;
    }
}
