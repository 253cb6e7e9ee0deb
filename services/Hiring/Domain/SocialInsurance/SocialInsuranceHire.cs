using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// One hired person in a social-insurance subsidy claim: the claimant with its recorded size
/// (<see cref="EnterpriseSize.Unspecified"/> when it has none), the person's registry profile, the contract
/// whose start selects the rules (R25), whether the post is a 公益性岗位 placement, and the months of
/// contributions claimed.
/// </summary>
public sealed record SocialInsuranceHire(
    HiringEmployer Employer,
    EnterpriseSize EmployerSize,
    PersonProfile Person,
    HireContract Contract,
    bool PublicWelfarePost,
    IReadOnlyList<ContributionMonth> Contributions)
{
    // An input limit, not a policy figure: one person's monthly contributions never approach it, and the
    // share arithmetic stays far from overflow.
    private const long ArithmeticLimitFen = long.MaxValue / 100_000;

    /// <summary>Refuses what no claim can hold, naming the field: a month outside the contract, a repeated month, a negative or absurd amount.</summary>
    public void Validate()
    {
        Contract.Validate();
        var end = Contract.OpenEnded ? (DateOnly?)null : Contract.Start.AddMonths(Contract.TermMonths).AddDays(-1);
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < Contributions.Count; i++)
        {
            var month = Contributions[i];
            if (month.Month is < 1 or > 12 || month.Year is < 1 or > 9999)
            {
                throw DomainRuleException.Invalid($"contributions[{i}].month", $"缴费月份无效：{month.Year}-{month.Month}。 (Not a calendar month.)");
            }

            if (month.IndexFrom(Contract.Start) < 0 || (end is { } last && month.FirstDay > last))
            {
                throw DomainRuleException.Invalid(
                    $"contributions[{i}].month",
                    $"缴费月份 {month.Display} 不在劳动合同期内（{Contract.Start:yyyy-MM-dd} 至 {(end is { } e ? e.ToString("yyyy-MM-dd") : "无固定期限")}）。 (The month is outside the contract.)");
            }

            if (!seen.Add((month.Year, month.Month)))
            {
                throw DomainRuleException.Invalid($"contributions[{i}].month", $"缴费月份 {month.Display} 重复。 (The month is listed twice.)");
            }

            if (month.PaidFen < 0 || month.PaidFen > ArithmeticLimitFen)
            {
                throw DomainRuleException.Invalid($"contributions[{i}].paid", $"缴费金额须为非负数且在可受理范围内（收到 {month.PaidFen} 分）。 (The amount must be zero or more, within range.)");
            }
        }
    }
}
