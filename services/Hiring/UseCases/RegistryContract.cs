using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.OneOffHires;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A hire's contract as the claim states it against the labour contract the registry records between
/// the person and the claimant. Where the registry records one or more such contracts, the claim's must
/// be one of them: same start, same end (or both open-ended); a mismatch is FAILED_PRECONDITION naming
/// the item's field and <see cref="Rule"/>. Where the registry records none, the claim's contract
/// (copied from the paper contract) stands alone.
/// </summary>
public static class RegistryContract
{
    public const string Rule = "hiring.contract.matches_registry";

    /// <returns>The source of the registry's contract that agrees (<see cref="HireFacts.SourceOf"/>), for the explanation to cite; "" when the registry records none.</returns>
    /// <exception cref="DomainRuleException">The registry records contracts with the claimant and none agrees with the claim's.</exception>
    public static string Agrees(RegistryPerson person, string claimantCreditCode, HireContract contract, DateOnly? end, int index)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(contract);
        var recorded = ContractsWith(person, claimantCreditCode).ToList();
        if (recorded.Count == 0)
        {
            return "";
        }

        var sameStart = recorded.Where(f => Start(f.Period) == contract.Start).ToList();
        if (sameStart.Count == 0)
        {
            var starts = string.Join("、", recorded.Select(f => Start(f.Period) is { } s ? $"{s:yyyy-MM-dd}" : "未记录"));
            throw Mismatch($"hires[{index}].contract_start",
                $"第 {index + 1} 项：劳动合同起始日期 {contract.Start:yyyy-MM-dd} 与登记系统记录的该人员与申请单位的劳动合同（起始 {starts}）不一致");
        }

        foreach (var fact in sameStart)
        {
            if (HireFacts.ContractOf(fact) is not var (registered, registeredEnd)
                || (registered.OpenEnded == contract.OpenEnded && registeredEnd == end))
            {
                // Agrees, or the registry records no term to compare with.
                return HireFacts.SourceOf(fact);
            }
        }

        var first = HireFacts.ContractOf(sameStart[0])!.Value;
        if (first.Contract.OpenEnded != contract.OpenEnded)
        {
            throw Mismatch($"hires[{index}].open_ended",
                $"第 {index + 1} 项：登记系统记录该劳动合同为{(first.Contract.OpenEnded ? "无固定期限" : "固定期限")}，申报为{(contract.OpenEnded ? "无固定期限" : "固定期限")}");
        }

        throw Mismatch($"hires[{index}].contract_end",
            $"第 {index + 1} 项：劳动合同终止日期 {end:yyyy-MM-dd} 与登记系统记录的 {first.End:yyyy-MM-dd} 不一致");
    }

    /// <summary>
    /// Whether the registry records the person's contract with the claimant starting on <paramref name="start"/>
    /// as a 公益性岗位 placement (15号（三）, R26): the placing service's record, so the route needs no statement.
    /// </summary>
    public static bool RecordsPublicWelfarePost(RegistryPerson person, string claimantCreditCode, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(person);
        return ContractsWith(person, claimantCreditCode).Any(f => f.Contract.PublicWelfarePost && Start(f.Period) == start);
    }

    /// <summary>The registry's standing labour-contract facts between the person and the claimant.</summary>
    private static IEnumerable<PersonFact> ContractsWith(RegistryPerson person, string claimantCreditCode) =>
        person.Profile.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.EmploymentContract && f.Contract is { } c
            && string.Equals(c.EmployerCreditCode.Trim(), claimantCreditCode, StringComparison.OrdinalIgnoreCase));

    private static DomainRuleException Mismatch(string field, string message) =>
        new(DomainRuleKind.NotAllowedNow, $"{message}（请核对劳动合同或先更正登记记录）。 (field: {field})", field, Rule);

    private static DateOnly? Start(DatePeriod? period) =>
        ProtoMapping.DayOrNull(period?.From);
}
