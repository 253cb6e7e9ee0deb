using Employment.ServiceDefaults.Validation;
using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A hire item of the request as the domain's contract: the start and, unless open-ended, the end as
/// written on the labour contract; the term is the whole months between them. Bad dates are
/// INVALID_ARGUMENT naming the item's field (hires[0].contract_end).
/// </summary>
public static class HireInput
{
    public static (HireContract Contract, DateOnly? End) Contract(V1.HireItem item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Contract(item.ContractStart, item.ContractEnd, item.OpenEnded, $"hires[{index}]", index);
    }

    /// <summary>The same for any item with a contract (a referral placement), its fields under <paramref name="field"/>.</summary>
    public static (HireContract Contract, DateOnly? End) Contract(CalendarDate? contractStart, CalendarDate? contractEnd, bool openEnded, string field, int index)
    {
        var start = Day(contractStart, $"{field}.contract_start")
            ?? throw DomainRuleException.Invalid($"{field}.contract_start", $"第 {index + 1} 项：请填写劳动合同起始日期（{field}.contract_start）。");
        var end = Day(contractEnd, $"{field}.contract_end");
        if (openEnded)
        {
            if (end is not null)
            {
                throw DomainRuleException.Invalid($"{field}.contract_end", $"第 {index + 1} 项：无固定期限劳动合同没有终止日期（{field}.contract_end 应为空）。");
            }

            return (new HireContract(start, 0, OpenEnded: true), null);
        }

        if (end is not { } last)
        {
            throw DomainRuleException.Invalid($"{field}.contract_end", $"第 {index + 1} 项：请填写劳动合同终止日期，或注明无固定期限（{field}.open_ended）。");
        }

        if (last < start)
        {
            throw DomainRuleException.Invalid($"{field}.contract_end",
                $"第 {index + 1} 项：劳动合同终止日期（{last:yyyy-MM-dd}）早于起始日期（{start:yyyy-MM-dd}）。 (The contract ends before it starts.)");
        }

        var months = TermMonths(start, last);
        if (months < 1)
        {
            throw DomainRuleException.Invalid($"{field}.contract_end", $"第 {index + 1} 项：劳动合同期限不足1个月（{start:yyyy-MM-dd} 至 {last:yyyy-MM-dd}）。");
        }

        return (new HireContract(start, months), last);
    }

    /// <summary>Whole months from <paramref name="start"/> to the day after <paramref name="end"/>: 2023-03-01…2024-02-29 is 12, …2024-01-31 is 11.</summary>
    public static int TermMonths(DateOnly start, DateOnly end)
    {
        var after = end.AddDays(1);
        var months = ((after.Year - start.Year) * 12) + after.Month - start.Month;
        return after.Day < start.Day ? months - 1 : months;
    }

    public static V1.HireItem Given(HireContract contract, DateOnly? end, string idNumberMasked) => new()
    {
        PersonIdNumber = idNumberMasked,
        ContractStart = ProtoMapping.ToProto(contract.Start),
        ContractEnd = end is { } last ? ProtoMapping.ToProto(last) : null,
        OpenEnded = contract.OpenEnded,
    };

    /// <summary>A request's date, null when none is stated; the kit's one reading (<see cref="StatedPersonFacts.Day"/>).</summary>
    public static DateOnly? Day(CalendarDate? date, string field) => StatedPersonFacts.Day(date, field);
}
