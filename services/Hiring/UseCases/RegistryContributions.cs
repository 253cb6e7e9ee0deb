using Employment.ProfileCache;
using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Explanations;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The months of social insurance a claimant paid for a hired person, as the registry records them: the
/// insurance facts paid by the claimant's credit code (not as a flexible worker) that carry the employer's
/// monthly part (单位缴纳部分) and 按时缴纳 (15号（三）, R18). Each month of a fact's period counts; a month's
/// amount is the sum over the social-insurance schemes (养老、医疗、失业、工伤 — what "社会保险费" covers;
/// 住房公积金 is not social insurance) and it was paid on time only when every scheme's part was. Where the
/// registry records such months for the contract, they decide: a claim may give none (the registry's are
/// taken) or give months that agree with them; a month that differs, or that the registry does not record,
/// is FAILED_PRECONDITION naming <c>hires[i].contributions[j]</c> and <see cref="Rule"/>. Where it records
/// none, the claim's months stand as the clerk copied them from the payment records.
/// </summary>
public static class RegistryContributions
{
    public const string Rule = "hiring.si.contributions_match_registry";

    /// <summary>The recorded months within the contract (from its start month to its last day), oldest first.</summary>
    public static IReadOnlyList<ContributionMonth> Of(PersonProfile person, string claimantCreditCode, HireContract contract, DateOnly? end)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(contract);
        var parts = new Dictionary<(int Month, InsuranceScheme Scheme), (long Fen, bool OnTime)>();
        var first = Index(contract.Start);
        var last = end is { } e ? Index(e) : int.MaxValue;
        foreach (var fact in person.Facts)
        {
            if (fact.Superseded
                || fact.Kind is not (PersonFactKind.SocialInsurance or PersonFactKind.UnemploymentInsurance)
                || fact.Insurance is not { EmployerPartMonthly: { } part } insurance
                || insurance.FlexibleWorker
                || !string.Equals(insurance.EmployerCreditCode.Trim(), claimantCreditCode, StringComparison.OrdinalIgnoreCase)
                || ProtoMapping.DayOrNull(fact.Period?.From) is not { } from || ProtoMapping.DayOrNull(fact.Period?.Until) is not { } until
                || Scheme(fact.Kind, insurance.Scheme) is not { } scheme)
            {
                continue;
            }

            for (var month = Math.Max(Index(from), first); month <= Math.Min(Index(until), last); month++)
            {
                // A later record of the same scheme and month (e.g. a back payment) replaces the earlier one.
                parts[(month, scheme)] = (part.Fen, insurance.PaidOnTime);
            }
        }

        return parts.GroupBy(p => p.Key.Month)
            .OrderBy(g => g.Key)
            .Select(g => new ContributionMonth(g.Key / 12, (g.Key % 12) + 1, g.Sum(p => p.Value.Fen), g.All(p => p.Value.OnTime)))
            .ToList();
    }

    /// <summary>The months to judge: the registry's where it records any (the claim's, if given, must agree), else the claim's.</summary>
    /// <exception cref="DomainRuleException">A claimed month the registry records otherwise, or does not record (FAILED_PRECONDITION).</exception>
    public static IReadOnlyList<ContributionMonth> Resolve(RegistryPerson person, string claimantCreditCode, HireContract contract, DateOnly? end, IReadOnlyList<ContributionMonth> claimed, int index)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(claimed);
        var recorded = Of(person.Profile, claimantCreditCode, contract, end);
        if (recorded.Count == 0)
        {
            return claimed;
        }

        if (claimed.Count == 0)
        {
            return recorded;
        }

        var byMonth = recorded.ToDictionary(m => (m.Year, m.Month));
        for (var j = 0; j < claimed.Count; j++)
        {
            var month = claimed[j];
            var field = $"hires[{index}].contributions[{j}]";
            if (!byMonth.TryGetValue((month.Year, month.Month), out var registry))
            {
                throw Mismatch(field + ".month", $"第 {index + 1} 项：登记系统未记录申请单位 {month.Display} 为该人员缴纳社会保险的单位缴纳部分");
            }

            if (registry.PaidFen != month.PaidFen)
            {
                throw Mismatch(field + ".paid", $"第 {index + 1} 项：{month.Display} 单位缴纳 {month.PaidFen} 分，与登记系统记录的 {registry.PaidFen} 分不一致");
            }

            if (registry.PaidOnTime != month.PaidOnTime)
            {
                throw Mismatch(field + ".paid_on_time", $"第 {index + 1} 项：{month.Display} 申报{(month.PaidOnTime ? "按时" : "未按时")}缴纳，登记系统记录为{(registry.PaidOnTime ? "按时" : "未按时")}缴纳");
            }
        }

        return claimed;
    }

    private static DomainRuleException Mismatch(string field, string message) =>
        new(DomainRuleKind.NotAllowedNow, $"{message}（请核对缴费记录或先更正登记记录）。 (field: {field})", field, Rule);

    private static int Index(DateOnly day) => (day.Year * 12) + day.Month - 1;

    private static InsuranceScheme? Scheme(PersonFactKind kind, InsuranceScheme scheme) =>
        kind == PersonFactKind.UnemploymentInsurance ? InsuranceScheme.Unemployment
        : scheme is InsuranceScheme.Pension or InsuranceScheme.Medical or InsuranceScheme.Unemployment or InsuranceScheme.WorkInjury ? scheme
        : null;
}
