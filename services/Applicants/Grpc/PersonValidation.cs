using Employment.Common.V1;
using Employment.Identity;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Grpc;

/// <summary>Checks of what a clerk enters about a person; each failure names the field and the rule.</summary>
internal static class PersonValidation
{
    public static ResidentIdNumber IdNumber(string value, string field, DateOnly today) =>
        ResidentIdNumber.TryParse(value, today, out var id, out var error)
            ? id
            : throw RpcErrors.Invalid(field, error.MessageZh);

    public static string Name(string value, string field) => PlainText.Check(value, field, 64, "姓名");

    /// <summary>A household type the contract defines (an unknown number is not stored).</summary>
    public static HouseholdType Household(HouseholdType value, string field) =>
        Enum.IsDefined(value) ? value : throw RpcErrors.Invalid(field, $"户籍类型 {(int)value} 不存在，请选择城镇或农村户籍。");

    /// <summary>A birth date entered beside the identity number must be the one the number carries.</summary>
    public static void BirthDateAgrees(CalendarDate? entered, ResidentIdNumber id, string field)
    {
        if (Date(entered, field) is { } date && date != id.BirthDate)
        {
            throw RpcErrors.Invalid(field, $"出生日期 {date:yyyy-MM-dd} 与身份证号码所载的出生日期不一致。");
        }
    }

    /// <summary>A mainland mobile number (11 digits starting with 1) or empty.</summary>
    public static string Phone(string value, string field)
    {
        var phone = value.Trim();
        return phone.Length == 0 || (phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit))
            ? phone
            : throw RpcErrors.Invalid(field, $"手机号码“{PlainText.Quote(phone)}”无效：应为以1开头的11位数字。");
    }

    /// <summary>A person's or employer's region: optional, and a place when given (the shared rule).</summary>
    public static string Region(RegionCode? region, string field) => RegionCodes.Place(region, field, required: false);

    public static void Fact(PersonFact fact)
    {
        if (fact.Kind == PersonFactKind.Unspecified)
        {
            throw RpcErrors.Invalid("fact.kind", "请选择事实类别（如学历、失业登记、证书）。");
        }

        Period(fact.Period, "fact.period");
        var expected = fact.Kind switch
        {
            PersonFactKind.Education => PersonFact.DetailOneofCase.Education,
            PersonFactKind.Certificate => PersonFact.DetailOneofCase.Certificate,
            PersonFactKind.EmploymentContract => PersonFact.DetailOneofCase.Contract,
            PersonFactKind.UnemploymentInsurance or PersonFactKind.SocialInsurance => PersonFact.DetailOneofCase.Insurance,
            _ => PersonFact.DetailOneofCase.None,
        };
        if (expected != PersonFact.DetailOneofCase.None && fact.DetailCase != expected)
        {
            throw RpcErrors.Invalid($"fact.{expected.ToString().ToLowerInvariant()}", $"{fact.Kind} 类事实须填写相应的详细信息。");
        }
    }

    public static (DateOnly? From, DateOnly? Until) Period(DatePeriod? period, string field)
    {
        var from = Date(period?.From, field + ".from");
        var until = Date(period?.Until, field + ".until");
        if (from is not null && until is not null && until < from)
        {
            throw RpcErrors.Invalid(field, $"起始日期 {from:yyyy-MM-dd} 晚于截止日期 {until:yyyy-MM-dd}。");
        }

        return (from, until);
    }

    private static DateOnly? Date(CalendarDate? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return null;
        }

        try
        {
            return ProtoMapping.FromProto(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw RpcErrors.Invalid(field, $"日期 {date.Year}-{date.Month}-{date.Day} 不存在。");
        }
    }
}
