using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.Identity;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.Employers;

/// <summary>The rules of what a clerk enters about an employer; each broken rule names the field.</summary>
internal static class EmployerValidation
{
    /// <summary>A 统一社会信用代码 (GB 32100) with valid check characters.</summary>
    public static UnifiedSocialCreditCode CreditCode(string value, string field) =>
        UnifiedSocialCreditCode.TryParse(value, out var code, out var error)
            ? code
            : throw DomainRuleException.Invalid(field, error.MessageZh);

    public static string Name(string value, string field) => PlainText.Check(value, field, 128, "单位名称");

    /// <summary>An employer's registered region: optional, and a place when given (the shared rule).</summary>
    public static string Region(RegionCode? region, string field) => RegionCodes.Place(region, field, required: false);

    /// <summary>An employer to register: code, name and region checked; the rest is kept as entered.</summary>
    public static NewEmployer Registration(Employer input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = CreditCode(input.CreditCode, "employer.credit_code");
        var name = Name(input.Name, "employer.name");
        var region = Region(input.Region, "employer.region");
        return new NewEmployer(code, name, region, StoredContent.Of(input));
    }

    /// <summary>Each kind of employer fact carries its source, its detail and the period it describes.</summary>
    public static FactEntry Fact(EmployerFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (string.IsNullOrWhiteSpace(fact.Source))
        {
            throw DomainRuleException.Invalid("fact.source", "请填写信息来源（如市场监管部门划型、社保经办机构数据）。");
        }

        var period = fact.DetailCase switch
        {
            EmployerFact.DetailOneofCase.Size when fact.Size.Size == EnterpriseSize.Unspecified =>
                throw DomainRuleException.Invalid("fact.size.size", "请选择企业规模（大型、中型、小型、微型）。"),
            EmployerFact.DetailOneofCase.Size => FactPeriod.Of(fact.Size.Period, "fact.period"),
            EmployerFact.DetailOneofCase.Headcount => Month(fact.Headcount.Month),
            EmployerFact.DetailOneofCase.UnemploymentInsurance => Year(fact.UnemploymentInsurance.Year),
            EmployerFact.DetailOneofCase.Layoffs => Year(fact.Layoffs.Year),
            _ => throw DomainRuleException.Invalid("fact", "请填写单位事实的内容：规模、参保人数、失业保险缴费或裁员情况。"),
        };
        return new FactEntry((int)fact.DetailCase, period, StoredContent.Of(fact));
    }

    /// <summary>A headcount describes one calendar month.</summary>
    private static FactPeriod Month(YearMonth? month)
    {
        if (month is null || month.Year < 1949 || month.Month is < 1 or > 12)
        {
            throw DomainRuleException.Invalid("fact.headcount.month", "请填写有效的年月。");
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        return new FactPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>Insurance payments and layoffs describe one calendar year.</summary>
    private static FactPeriod Year(int year) => year is < 1949 or > 9999
        ? throw DomainRuleException.Invalid("fact.year", $"年份 {year} 无效。")
        : new FactPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
