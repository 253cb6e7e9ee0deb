using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Risk.Domain;

/// <summary>
/// 重复享受: a person paid under two measures the catalog marks exclusive (catalog/exclusions.yaml) for the
/// same person, month or training, by any service and any claimant. The pair is judged by the rule in force
/// in the later item's region on the date that matters to it (R1): the first shared month, or the later
/// event date; where the documents do not forbid the pair there, nothing is raised.
/// </summary>
public sealed class ExclusiveMeasuresRule(PolicyCatalog catalog) : IRiskRule
{
    /// <summary>Needs no setting: the catalog's exclusions decide, each where and when it is in force.</summary>
    public IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return Find(scan.Items);
    }

    public IEnumerable<RaisedSignal> Find(IEnumerable<PaidItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var exclusions = catalog.Exclusions;
        if (exclusions.Count == 0)
        {
            yield break;
        }

        var byPerson = items.Where(i => i.Standing && i.PersonId.Length > 0 && exclusions.Any(e => e.Names(i.Measure)))
            .GroupBy(i => i.PersonId, StringComparer.Ordinal);
        foreach (var person in byPerson)
        {
            var held = person.ToList();
            for (var a = 0; a < held.Count; a++)
            {
                for (var b = a + 1; b < held.Count; b++)
                {
                    if (held[a].Key == held[b].Key)
                    {
                        continue;
                    }

                    foreach (var exclusion in exclusions.Where(e => e.Pairs(held[a].Measure, held[b].Measure)))
                    {
                        if (Judge(exclusion, held[a], held[b]) is { } signal)
                        {
                            yield return signal;
                        }
                    }
                }
            }
        }
    }

    private RaisedSignal? Judge(MeasureExclusion exclusion, PaidItem first, PaidItem second)
    {
        var (earlier, later) = (first.EventDate ?? DateOnly.MinValue) <= (second.EventDate ?? DateOnly.MinValue) ? (first, second) : (second, first);
        var shared = exclusion.Per == ExclusionScope.PersonMonth
            ? first.Months.Intersect(second.Months, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [];
        var overlaps = exclusion.Per switch
        {
            ExclusionScope.Person => true,
            ExclusionScope.PersonMonth => shared.Count > 0,
            ExclusionScope.SameTraining => first.OccupationLevel.Length > 0 && first.OccupationLevel == second.OccupationLevel,
            _ => false,
        };
        if (!overlaps)
        {
            return null;
        }

        // The date whose rule decides (R1): the first month paid twice, or the later of the two events.
        var on = exclusion.Per == ExclusionScope.PersonMonth ? ClaimMonths.FirstDay(shared[0]) : later.EventDate;
        if (on is not { } date || !catalog.TryResolve(exclusion.Key, later.Region, date, out var rule) || !rule.Value.Boolean)
        {
            return null;
        }

        var what = exclusion.Per switch
        {
            ExclusionScope.PersonMonth => $"同一人同一月份（{string.Join("、", shared)}）",
            ExclusionScope.SameTraining => $"同一人同一职业（工种）等级（{first.OccupationLevel}）",
            _ => "同一人",
        };
        var paid = first.Status == ItemStatus.Paid || second.Status == ItemStatus.Paid;
        var summary = $"{first.NameMasked}：{what}既由{earlier.MeasureZh}（{earlier.Reference}，{earlier.ClaimantZh}）又由{later.MeasureZh}"
            + $"（{later.Reference}，{later.ClaimantZh}）申领，{rule.NameZh}（{rule.Source.Display()}）。"
            + (paid ? "已有发放，请核实并按规定追回多发资金。" : "请核实两笔申领；确认后，未发放的一笔暂停发放。");
        List<SignalFact> facts =
        [
            new("人员", first.NameMasked),
            new("在先申领", $"{earlier.MeasureZh} {earlier.Reference} 第{earlier.ItemNo}项，{earlier.AmountZh}，{StatusZh(earlier.Status)}"),
            new("在后申领", $"{later.MeasureZh} {later.Reference} 第{later.ItemNo}项，{later.AmountZh}，{StatusZh(later.Status)}"),
            new("判断依据日期", $"{date:yyyy-MM-dd}"),
        ];
        if (shared.Count > 0)
        {
            facts.Add(new SignalFact("重复月份", string.Join("、", shared)));
        }

        return new RaisedSignal(SignalKind.ExclusiveMeasures, paid ? Severity.High : Severity.Medium, later.Region, summary,
            [earlier, later], facts, [rule], first.PersonId);
    }

    internal static string StatusZh(ItemStatus status) => status switch
    {
        ItemStatus.Approved => "审核通过未发放",
        ItemStatus.Paid => "已发放",
        ItemStatus.Rejected => "审核不通过",
        ItemStatus.Withdrawn => "申请人已撤回",
        _ => "已受理未审核",
    };
}
