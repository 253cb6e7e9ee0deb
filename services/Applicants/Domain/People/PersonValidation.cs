using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.People;

/// <summary>The rules of what a clerk enters about a person; each broken rule names the field.</summary>
internal static class PersonValidation
{
    /// <summary>A 居民身份证 number (GB 11643) with a valid check character and a birth date not after today.</summary>
    public static ResidentIdNumber IdNumber(string value, string field, DateOnly today) =>
        ResidentIdNumber.TryParse(value, today, out var id, out var error)
            ? id
            : throw DomainRuleException.Invalid(field, error.MessageZh);

    public static string Name(string value, string field) => PlainText.Check(value, field, 64, "姓名");

    /// <summary>A household type the contract defines (an unknown number is not stored).</summary>
    public static HouseholdType Household(HouseholdType value, string field) =>
        Enum.IsDefined(value) ? value : throw DomainRuleException.Invalid(field, $"户籍类型 {(int)value} 不存在，请选择城镇或农村户籍。");

    /// <summary>A birth date entered beside the identity number must be the one the number carries.</summary>
    public static void BirthDateAgrees(CalendarDate? entered, ResidentIdNumber id, string field)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (FactPeriod.ClerkDate(entered, field) is { } date && date != id.BirthDate)
        {
            throw DomainRuleException.Invalid(field, $"出生日期 {date:yyyy-MM-dd} 与身份证号码所载的出生日期不一致。");
        }
    }

    /// <summary>A mainland mobile number (11 digits starting with 1) or empty.</summary>
    public static string Phone(string value, string field)
    {
        var phone = value.Trim();
        return phone.Length == 0 || (phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit))
            ? phone
            : throw DomainRuleException.Invalid(field, $"手机号码“{PlainText.Quote(phone)}”无效：应为以1开头的11位数字。");
    }

    /// <summary>A person's or employer's region: optional, and a place when given (the shared rule).</summary>
    public static string Region(RegionCode? region, string field) => RegionCodes.Place(region, field, required: false);

    /// <summary>A person to register: every field checked, the birth date taken from the identity number.</summary>
    public static NewPerson Registration(Person input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = IdNumber(input.IdNumber, "person.id_number", today);
        BirthDateAgrees(input.BirthDate, id, "person.birth_date");
        var householdType = Household(input.HouseholdType, "person.household_type");
        var name = Name(input.Name, "person.name");
        var phone = Phone(input.Phone, "person.phone");
        var household = Region(input.HouseholdRegion, "person.household_region");
        var residence = Region(input.ResidenceRegion, "person.residence_region");
        return new NewPerson(id, name, phone, household, householdType, residence)
        {
            HouseholdNumber = HouseholdNumber(input.HouseholdNumber, "person.household_number"),
            StaffId = StaffId(input.StaffId, "person.staff_id"),
        };
    }

    /// <summary>Longest 户号 kept: a technical bound on the field, not a policy figure.</summary>
    private const int HouseholdNumberMaxLength = 32;

    /// <summary>Longest 工号 kept: a technical bound on the field, not a policy figure.</summary>
    private const int StaffIdMaxLength = 64;

    /// <summary>户号 of the 居民户口簿: letters and digits, or empty.</summary>
    public static string HouseholdNumber(string value, string field)
    {
        var number = value.Trim();
        return number.Length <= HouseholdNumberMaxLength && number.All(char.IsAsciiLetterOrDigit)
            ? number.ToUpperInvariant()
            : throw DomainRuleException.Invalid(field, $"户号“{PlainText.Quote(number)}”无效：应为户口簿上的户号（字母和数字，至多{HouseholdNumberMaxLength}位）。");
    }

    /// <summary>工号: the subject a member of staff signs in with (letters, digits, '-', '_', '.'), or empty.</summary>
    public static string StaffId(string value, string field)
    {
        var id = value.Trim();
        return id.Length <= StaffIdMaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? id
            : throw DomainRuleException.Invalid(field, $"工号“{PlainText.Quote(id)}”无效：应为登录系统所用的工号（字母、数字、-、_、.，至多{StaffIdMaxLength}位）。");
    }

    /// <summary>A person's fact: a kind, a valid period, and the detail its kind requires.</summary>
    public static FactEntry Fact(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Kind == PersonFactKind.Unspecified)
        {
            throw DomainRuleException.Invalid("fact.kind", "请选择事实类别（如学历、失业登记、证书）。");
        }

        var period = FactPeriod.Of(fact.Period, "fact.period");
        var expected = fact.Kind switch
        {
            PersonFactKind.Education => PersonFact.DetailOneofCase.Education,
            PersonFactKind.Certificate => PersonFact.DetailOneofCase.Certificate,
            PersonFactKind.EmploymentContract => PersonFact.DetailOneofCase.Contract,
            PersonFactKind.UnemploymentInsurance or PersonFactKind.SocialInsurance => PersonFact.DetailOneofCase.Insurance,
            PersonFactKind.Traineeship => PersonFact.DetailOneofCase.Traineeship,
            PersonFactKind.WorkAway => PersonFact.DetailOneofCase.WorkAway,
            _ => PersonFact.DetailOneofCase.None,
        };
        if (expected != PersonFact.DetailOneofCase.None && fact.DetailCase != expected)
        {
            // A oneof case's value is its field number, so the contract names the field.
            var field = "fact." + PersonFact.Descriptor.FindFieldByNumber((int)expected).Name;
            throw DomainRuleException.Invalid(field, $"{fact.Kind} 类事实须填写相应的详细信息（{field}）。");
        }

        CreditCodesValid(fact);
        if (fact.DetailCase == PersonFact.DetailOneofCase.Traineeship)
        {
            HiringFactValidation.Traineeship(fact.Traineeship, period);
        }

        if (fact.DetailCase == PersonFact.DetailOneofCase.Insurance)
        {
            HiringFactValidation.EmployerPart(fact.Insurance, period);
            HiringFactValidation.InsuredRegion(fact.Insurance);
        }

        if (fact.DetailCase == PersonFact.DetailOneofCase.WorkAway)
        {
            HiringFactValidation.WorkAway(fact.Kind, fact.WorkAway, period);
        }

        Source(fact.Authority);

        return new FactEntry((int)fact.Kind, period, StoredContent.Of(fact));
    }

    /// <summary>
    /// Every fact names who vouches for it (认定或报送机构): a fact without a source decides nothing, so it is
    /// not stored (rule <see cref="SourceRule"/>).
    /// </summary>
    private static void Source(string authority)
    {
        if (string.IsNullOrWhiteSpace(authority))
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"请填写事实的来源机构（fact.authority），如“焦作市人社局”“社保经办机构”“市场监管部门”；没有来源的事实不能作为审核依据。 (rule: {SourceRule})",
                "fact.authority", SourceRule);
        }

        PlainText.Check(authority, "fact.authority", 100, "来源机构");
    }

    /// <summary>The rule that every registry fact names its source.</summary>
    public const string SourceRule = "registry.fact.source_required";

    /// <summary>
    /// The employer or business a fact names carries a 统一社会信用代码 with valid check characters
    /// (GB 32100), so that the hiring rules can match it to the claimant; empty where the detail allows
    /// it (a flexible worker's own contributions). A business start needs its business.
    /// </summary>
    private static void CreditCodesValid(PersonFact fact)
    {
        switch (fact.DetailCase)
        {
            case PersonFact.DetailOneofCase.Contract:
                if (fact.Contract.EmployerCreditCode.Length > 0)
                {
                    EmployerValidation.CreditCode(fact.Contract.EmployerCreditCode, "fact.contract.employer_credit_code");
                }

                HiringFactValidation.Referral(fact.Contract);
                break;
            case PersonFact.DetailOneofCase.Insurance when fact.Insurance.EmployerCreditCode.Length > 0:
                EmployerValidation.CreditCode(fact.Insurance.EmployerCreditCode, "fact.insurance.employer_credit_code");
                break;
            case PersonFact.DetailOneofCase.Traineeship when fact.Kind != PersonFactKind.Traineeship:
                throw DomainRuleException.Invalid("fact.traineeship", "见习协议的信息只能记在“就业见习协议”类事实上。");
            case PersonFact.DetailOneofCase.Traineeship:
                EmployerValidation.CreditCode(fact.Traineeship.HostCreditCode, "fact.traineeship.host_credit_code");
                break;
            case PersonFact.DetailOneofCase.Business when fact.Kind != PersonFactKind.BusinessOwner:
                throw DomainRuleException.Invalid("fact.business", "创办经营实体的信息只能记在“首次创办经营实体”类事实上。");
            case PersonFact.DetailOneofCase.Business:
                EmployerValidation.CreditCode(fact.Business.BusinessCreditCode, "fact.business.business_credit_code");
                if (fact.Period?.From is not { Year: > 0 })
                {
                    throw DomainRuleException.Invalid("fact.period.from", "请填写创业（经营实体成立）日期。");
                }

                break;
        }
    }
}
