using Employment.Common.V1;
using Employment.Identity;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Grpc;

/// <summary>Checks of what a clerk enters about an employer.</summary>
internal static class EmployerValidation
{
    public static UnifiedSocialCreditCode CreditCode(string value, string field) =>
        UnifiedSocialCreditCode.TryParse(value, out var code, out var error)
            ? code
            : throw RpcErrors.Invalid(field, error.MessageZh);

    public static string Name(string value, string field) => PlainText.Check(value, field, 128, "单位名称");

    /// <summary>Each kind of employer fact carries its detail and the period it describes.</summary>
    public static (int Kind, DatePeriod Period) Fact(EmployerFact fact)
    {
        if (string.IsNullOrWhiteSpace(fact.Source))
        {
            throw RpcErrors.Invalid("fact.source", "请填写信息来源（如市场监管部门划型、社保经办机构数据）。");
        }

        return fact.DetailCase switch
        {
            EmployerFact.DetailOneofCase.Size when fact.Size.Size == EnterpriseSize.Unspecified =>
                throw RpcErrors.Invalid("fact.size.size", "请选择企业规模（大型、中型、小型、微型）。"),
            EmployerFact.DetailOneofCase.Size => ((int)fact.DetailCase, fact.Size.Period ?? new DatePeriod()),
            EmployerFact.DetailOneofCase.Headcount => ((int)fact.DetailCase, Month(fact.Headcount.Month)),
            EmployerFact.DetailOneofCase.UnemploymentInsurance => ((int)fact.DetailCase, Year(fact.UnemploymentInsurance.Year)),
            EmployerFact.DetailOneofCase.Layoffs => ((int)fact.DetailCase, Year(fact.Layoffs.Year)),
            _ => throw RpcErrors.Invalid("fact", "请填写单位事实的内容：规模、参保人数、失业保险缴费或裁员情况。"),
        };
    }

    private static DatePeriod Month(YearMonth? month)
    {
        if (month is null || month.Year < 1949 || month.Month is < 1 or > 12)
        {
            throw RpcErrors.Invalid("fact.headcount.month", "请填写有效的年月。");
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        return new DatePeriod { From = Policy.Explanations.ProtoMapping.ToProto(first), Until = Policy.Explanations.ProtoMapping.ToProto(first.AddMonths(1).AddDays(-1)) };
    }

    private static DatePeriod Year(int year) => year is < 1949 or > 9999
        ? throw RpcErrors.Invalid("fact.year", $"年份 {year} 无效。")
        : new DatePeriod
        {
            From = new CalendarDate { Year = year, Month = 1, Day = 1 },
            Until = new CalendarDate { Year = year, Month = 12, Day = 31 },
        };
}
