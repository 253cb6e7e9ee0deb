using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Catalog = Employment.Policy.PolicyCatalog;

namespace Employment.PolicyCatalog.UseCases;

/// <summary>
/// The checks of what a caller asks the policy list about: a region the catalog speaks for and a
/// calendar date. A refusal is INVALID_ARGUMENT naming the field, with the value quoted safely.
/// </summary>
internal static class PolicyInput
{
    public const string RegionField = "region.code";

    public static Region RequiredRegion(Catalog catalog, RegionCode? code) =>
        OptionalRegion(catalog, code)
        ?? throw RpcErrors.Invalid(RegionField, "请填写地区代码，如焦作市 410800、济源示范区 419001，全国政策为 CN。");

    /// <summary>
    /// The catalog's region rule (CN, a province, a city or zone, a county or district: wider than
    /// <see cref="RegionCodes.Place"/>, since a policy question may ask about a province), and a region
    /// the catalog covers: a code outside Henan would list national measures only, as if there were
    /// no local ones, so it is refused rather than answered wrongly.
    /// </summary>
    public static Region? OptionalRegion(Catalog catalog, RegionCode? code)
    {
        var text = code?.Code ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (!Region.TryParse(text, out var region) || text[0] == '0')
        {
            throw RpcErrors.Invalid(RegionField, $"地区代码“{PlainText.Quote(text)}”无效：应为 CN 或六位行政区划代码，如 410800。");
        }

        return catalog.Covers(region)
            ? region
            : throw RpcErrors.Invalid(RegionField, $"地区代码“{PlainText.Quote(text)}”不在本政策目录的范围内：目录收录全国（CN）、河南省（410000）及省内市县的政策，如焦作市 410800、济源示范区 419001。");
    }

    /// <summary>A date as <see cref="CalendarDate"/>; absent (or all zero) means today in China.</summary>
    public static DateOnly DateOrToday(CalendarDate? on, string field, ChinaClock clock)
    {
        if (on is null || (on.Year == 0 && on.Month == 0 && on.Day == 0))
        {
            return clock.Today;
        }

        try
        {
            return new DateOnly(on.Year, on.Month, on.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw RpcErrors.Invalid(field, $"日期 {on.Year}-{on.Month}-{on.Day} 不是有效的日历日期。");
        }
    }
}
