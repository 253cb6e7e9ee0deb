using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A ListOwedSubsidies request as the job's query; bad input is INVALID_ARGUMENT naming the field.</summary>
public static class OwedSubsidiesInput
{
    /// <summary>Employers per message: technical bounds, not policy figures.</summary>
    private const int DefaultEmployersPerPage = 100;
    private const int MaxEmployersPerPage = 1000;

    public static OwedSubsidiesQuery Query(V1.ListOwedSubsidiesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        var from = Day(request.ContractStarted?.From, "contract_started.from");
        var until = Day(request.ContractStarted?.Until, "contract_started.until");
        if (until < from)
        {
            throw DomainRuleException.Invalid("contract_started.until", $"期间终止日（{until:yyyy-MM-dd}）早于起始日（{from:yyyy-MM-dd}）。");
        }

        var size = Pages.Batch(request.PageSize, DefaultEmployersPerPage, MaxEmployersPerPage, "page_size", "单位");
        if (request.EmployerId.Length > 0 && request.PersonId.Length > 0)
        {
            throw DomainRuleException.Invalid("person_id", "一次只能查询一个单位或一个人（employer_id 与 person_id 只填一个）。");
        }

        return new OwedSubsidiesQuery(region, from, until, size) { EmployerId = request.EmployerId.Trim(), PersonId = request.PersonId.Trim() };
    }

    private static DateOnly Day(CalendarDate? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            throw DomainRuleException.Invalid(field, $"请提供劳动合同起始日期的查询期间（{field}）。");
        }

        try
        {
            return ProtoMapping.FromProto(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(field, $"日期无效（{field}）：{date.Year}-{date.Month}-{date.Day}。");
        }
    }
}
