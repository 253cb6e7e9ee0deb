using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;

namespace Employment.Figures.UseCases;

/// <summary>The one reading of a request's region and year, for every RPC of the service.</summary>
internal static class FigureRequests
{
    /// <summary>The first year figures are kept for: the earliest documents of the catalog's targets are 2023's.</summary>
    private const int FirstYear = 2020;

    /// <summary>A region the caller's office covers (a city or one of its counties); PERMISSION_DENIED otherwise.</summary>
    public static Region Region(RegionCode? code, Caller caller, bool city = false)
    {
        var region = Policy.Model.Region.Parse(RegionCodes.Place(code, "region", required: true));
        if (city && !region.IsCity)
        {
            throw DomainRuleException.Invalid("region", $"数据按市（示范区）刷新：请选择 {region.City.Code}，而不是县（市、区）{region.Code}。");
        }

        RegionScope.Of(caller).RequireCovers("region", region.Code);
        return region;
    }

    /// <summary>A year from the first kept to this one (China time).</summary>
    public static int Year(int year, ChinaClock clock)
    {
        var thisYear = clock.Today.Year;
        if (year < FirstYear || year > thisYear)
        {
            throw DomainRuleException.Invalid("year", $"年度应在 {FirstYear} 至 {thisYear} 年之间，收到 {year}。");
        }

        return year;
    }
}
