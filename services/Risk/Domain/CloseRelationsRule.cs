using Employment.Policy;

namespace Employment.Risk.Domain;

/// <summary>
/// 优亲厚友: a claim or application decided by a clerk who is its applicant, of the applicant's household (the
/// same 户号), or the legal representative of the claimant employer. Clerks are registry people with their
/// staff id (工号), the subject that decided_by records. Judged where and when the clause is in force: the
/// item's region on its 受理日期 (焦政办〔2023〕36号（十七）; Jiyuan's documents hold no such clause).
/// </summary>
public sealed class CloseRelationsRule(PolicyCatalog catalog) : IRiskRule
{
    /// <summary>Runs where the clause it rests on is in force in the period; each item is judged where and when it was received.</summary>
    public IEnumerable<RaisedSignal> Find(ScanInput scan, IScanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.InForce(RiskPolicyKeys.CloseRelationsInvestigated) ? Find(scan.Items, scan.Relations) : [];
    }

    public IEnumerable<RaisedSignal> Find(IEnumerable<PaidItem> items, RegistryRelations registry)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(registry);
        var decided = items.Where(i => i.Standing && i.DecidedBy.Length > 0)
            .GroupBy(i => (i.DecidedBy, i.Service, i.Reference));
        foreach (var claim in decided)
        {
            if (!registry.Staff.TryGetValue(claim.Key.DecidedBy, out var clerk))
            {
                continue;
            }

            var records = claim.OrderBy(i => i.ItemNo).ToList();
            var ties = records.Select(i => (Item: i, Tie: TieOf(i, clerk, registry))).Where(t => t.Tie is not null).ToList();
            if (ties.Count == 0)
            {
                continue;
            }

            var first = ties[0].Item;
            if (!catalog.TryResolve(RiskPolicyKeys.CloseRelationsInvestigated, first.Region, first.ReceivedOn, out var clause) || !clause.Value.Boolean)
            {
                continue;
            }

            var tied = ties.Select(t => t.Item).ToList();
            var what = string.Join("；", ties.Select(t => $"第{t.Item.ItemNo}项（{t.Item.ClaimantZh}）：{t.Tie}").Distinct(StringComparer.Ordinal));
            var summary = $"经办人 {clerk.StaffId}（{clerk.NameMasked}）审核了{first.MeasureZh}申领 {first.Reference}，而其{what}。"
                + $"{clause.NameZh}（{clause.Source.Display()}）：请核实是否应回避、审核结论是否有据；确认后未发放的暂停发放。";
            List<SignalFact> facts =
            [
                new("审核经办人", $"{clerk.StaffId}（{clerk.NameMasked}）"),
                new("申领", $"{first.MeasureZh} {first.Reference}"),
                new("关系", string.Join("、", ties.Select(t => t.Tie!).Distinct(StringComparer.Ordinal))),
                new("涉及金额", $"{tied.Sum(i => i.AmountFen) / 100m:0.00}元"),
            ];
            yield return new RaisedSignal(SignalKind.CloseRelations, Severity.High, first.Region, summary, tied, facts, [clause], clerk.StaffId);
        }
    }

    /// <summary>How the clerk is tied to the item's applicant, in Chinese, or null when not at all.</summary>
    private static string? TieOf(PaidItem item, StaffMember clerk, RegistryRelations registry)
    {
        // Judged by every value the registry has recorded, not only today's: a staff id, 户号 or legal
        // representative changed or cleared after the decision still ties the clerk to it.
        if (item.PersonId.Length > 0 && clerk.PersonIds.Contains(item.PersonId))
        {
            return "申领所涉人员即经办人本人";
        }

        if (item.PersonId.Length > 0 && registry.People.TryGetValue(item.PersonId, out var person)
            && person.HouseholdsHeld.FirstOrDefault(clerk.HouseholdsHeld.Contains) is { } household)
        {
            return $"申领所涉人员 {item.NameMasked} 与经办人同户（户号 {household}）";
        }

        if (item.EmployerCreditCode.Length > 0 && registry.Employers.TryGetValue(item.EmployerCreditCode, out var employer)
            && employer.RepresentativesHeld.Overlaps(clerk.PersonIds))
        {
            return $"经办人是（或曾是）申领单位 {employer.Name} 的法定代表人";
        }

        return null;
    }
}
