using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.IdentityNumbers;
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

    /// <summary>
    /// 法定代表人（负责人、经营者）的身份证号码: a 居民身份证 number with a valid check character, kept whole
    /// (upper-case X), or empty when not given.
    /// </summary>
    public static string LegalRepresentative(string value, string field, DateOnly today)
    {
        var number = value.Trim();
        if (number.Length == 0)
        {
            return "";
        }

        return ResidentIdNumber.TryParse(number, today, out var id, out var error)
            ? id.Value
            : throw DomainRuleException.Invalid(field, "法定代表人身份证号码：" + error.MessageZh);
    }

    /// <summary>An employer to register: code, name, region and legal representative checked; the rest is kept as entered.</summary>
    public static NewEmployer Registration(Employer input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = CreditCode(input.CreditCode, "employer.credit_code");
        var name = Name(input.Name, "employer.name");
        var region = Region(input.Region, "employer.region");
        var checkedInput = input.Clone();
        checkedInput.LegalRepresentativeIdNumber = LegalRepresentative(input.LegalRepresentativeIdNumber, "employer.legal_representative_id_number", today);
        return new NewEmployer(code, name, region, StoredContent.Of(checkedInput));
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
            EmployerFact.DetailOneofCase.InsuredAsUnit => InsuredAsUnit(fact.InsuredAsUnit),
            EmployerFact.DetailOneofCase.HasEmployees => HasEmployees(fact.HasEmployees),
            EmployerFact.DetailOneofCase.TraineeHost => TraineeHost(fact.TraineeHost),
            EmployerFact.DetailOneofCase.OrganisationType => Organisation(fact.OrganisationType),
            EmployerFact.DetailOneofCase.AgencyLicence => AgencyLicence(fact.AgencyLicence),
            EmployerFact.DetailOneofCase.IncubatorEntry => IncubatorEntry(fact.IncubatorEntry),
            EmployerFact.DetailOneofCase.OperatingStatus => OperatingStatus(fact.OperatingStatus),
            _ => throw DomainRuleException.Invalid("fact", "请填写单位事实的内容：规模、参保人数、失业保险缴费、裁员情况、以单位形式参保、有雇工、见习单位认定、单位类型、人力资源服务许可、入驻孵化基地或经营状态。"),
        };
        return new FactEntry((int)fact.DetailCase, period, StoredContent.Of(fact));
    }

    /// <summary>经营状态 (正常经营, 经营异常, 注销) from a known day, with its deciding document when there is one.</summary>
    private static FactPeriod OperatingStatus(OperatingStatus fact)
    {
        if (fact.Status == OperatingStatusKind.Unspecified || !Enum.IsDefined(fact.Status))
        {
            throw DomainRuleException.Invalid("fact.operating_status.status", "请选择经营状态：正常经营、经营异常或注销。");
        }

        PlainText.Check(fact.DecidingDocument, "fact.operating_status.deciding_document", 60, "决定文书号", required: false);
        return Starting(fact.Period, "fact.operating_status.period", "经营状态的起始日期");
    }

    /// <summary>以单位形式参保 holds from a known day; the registration number, when given, is plain text.</summary>
    private static FactPeriod InsuredAsUnit(InsuredAsUnit fact)
    {
        PlainText.Check(fact.InsuranceRegistrationNumber, "fact.insured_as_unit.insurance_registration_number", 40, "单位参保登记号", required: false);
        return Starting(fact.Period, "fact.insured_as_unit.period", "以单位形式参保的起始日期");
    }

    /// <summary>有雇工 holds from a known day and names at least one employee.</summary>
    private static FactPeriod HasEmployees(HasEmployees fact)
    {
        if (fact.Employees < 1)
        {
            throw DomainRuleException.Invalid("fact.has_employees.employees", $"雇工人数应至少为1人（填写的是 {fact.Employees}）。");
        }

        return Starting(fact.Period, "fact.has_employees.period", "有雇工的起始日期");
    }

    /// <summary>A trainee-host recognition (见习单位认定) holds from a known day and names the document that made it (R22).</summary>
    private static FactPeriod TraineeHost(TraineeHostRecognition fact)
    {
        PlainText.Check(fact.RecognisingDocument, "fact.trainee_host.recognising_document", 100, "认定文件");
        return Starting(fact.Period, "fact.trainee_host.period", "见习单位认定的起始日期");
    }

    /// <summary>A 单位类型 the contract defines (an unknown number is not stored).</summary>
    private static FactPeriod Organisation(OrganisationClassification fact) =>
        fact.Kind == OrganisationKind.Unspecified || !Enum.IsDefined(fact.Kind)
            ? throw DomainRuleException.Invalid("fact.organisation_type.kind", "请选择单位类型（企业、社会团体、基金会、社会服务机构、律师事务所、会计师事务所、以单位形式参保的个体工商户或其他）。")
            : FactPeriod.Of(fact.Period, "fact.organisation_type.period");

    /// <summary>人力资源服务许可: a licence number and the day it took effect (R26's licensed agency).</summary>
    private static FactPeriod AgencyLicence(AgencyLicence fact)
    {
        PlainText.Check(fact.LicenceNumber, "fact.agency_licence.licence_number", 60, "许可证编号");
        return Starting(fact.Period, "fact.agency_licence.period", "许可证的生效日期");
    }

    /// <summary>
    /// 入驻孵化基地: the base, the entry day, and each cost month once, none before the entry month and none
    /// negative (运营补贴 shares each month's cost, R14, R23).
    /// </summary>
    private static FactPeriod IncubatorEntry(IncubatorEntry fact)
    {
        PlainText.Check(fact.BaseName, "fact.incubator_entry.base_name", 128, "孵化基地名称");
        if (fact.BaseCreditCode.Length > 0)
        {
            CreditCode(fact.BaseCreditCode, "fact.incubator_entry.base_credit_code");
        }

        var period = Starting(fact.Period, "fact.incubator_entry.period", "入驻孵化基地的日期");
        var entryMonth = period.From!.Value.Year * 12 + period.From.Value.Month;
        var seen = new HashSet<int>();
        for (var i = 0; i < fact.Costs.Count; i++)
        {
            var cost = fact.Costs[i];
            var field = $"fact.incubator_entry.costs[{i}]";
            if (cost.Month is not { Year: >= 1949 and <= 9999, Month: >= 1 and <= 12 } month)
            {
                throw DomainRuleException.Invalid(field + ".month", "请填写有效的费用年月。");
            }

            if (month.Year * 12 + month.Month < entryMonth || !seen.Add(month.Year * 12 + month.Month))
            {
                throw DomainRuleException.Invalid(field + ".month", $"费用月份 {month.Year:D4}-{month.Month:D2} 早于入驻月份或重复。");
            }

            if (cost.Cost is not { Fen: >= 0 })
            {
                throw DomainRuleException.Invalid(field + ".cost", "请填写该月的费用（非负数）。");
            }
        }

        return period;
    }

    /// <summary>A period whose first day is required (a status that began on a known day).</summary>
    private static FactPeriod Starting(DatePeriod? period, string field, string what)
    {
        var of = FactPeriod.Of(period, field);
        return of.From is null ? throw DomainRuleException.Invalid(field + ".from", $"请填写{what}。") : of;
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
