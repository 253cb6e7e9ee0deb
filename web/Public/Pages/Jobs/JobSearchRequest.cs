using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>
/// The page's filters read in two steps: <see cref="Problem"/> says the first thing wrong with them,
/// naming the form's field, and <see cref="Build"/> makes the request from filters found right.
/// </summary>
public static class JobSearchRequest
{
    /// <summary>What is wrong with the filters, in the order the form asks them, or null.</summary>
    public static string? Problem(JobFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return ChoiceProblem(filters.Region, Places.Find(filters.Region) is not null, "工作地点")
            ?? ChoiceProblem(filters.Kind, KindOf(filters) is not null, "岗位类型")
            ?? PayProblem(filters)
            ?? ChoiceProblem(filters.Education, EducationOf(filters) is not null, "我的学历")
            ?? ChoiceProblem(filters.Occupation, OccupationNames.CodeFor(filters.Occupation) is not null, "职业")
            ?? PostedSinceProblem(filters)
            ?? NearProblem(filters)
            ?? SortProblem(filters);
    }

    /// <summary>The request for filters <see cref="Problem"/> found nothing wrong with.</summary>
    public static SearchPostingsRequest Build(JobFilters filters, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var request = new SearchPostingsRequest
        {
            Query = filters.Query,
            Page = new PageRequest { PageSize = pageSize, PageToken = filters.PageToken },
            OccupationCode = filters.Occupation.Length > 0 ? OccupationNames.CodeFor(filters.Occupation) : "",
            EmploymentType = KindOf(filters) ?? EmploymentType.Unspecified,
            Education = EducationOf(filters) ?? EducationLevel.Unspecified,
            Order = SortOf(filters) ?? SearchOrder.Unspecified,
        };
        if (filters.Region.Length > 0)
        {
            request.Region = new RegionCode { Code = filters.Region };
        }

        AddPay(request, filters);
        if (filters.PostedSince.Length > 0 && DateOf(filters.PostedSince) is { } since)
        {
            request.PostedSince = new CalendarDate { Year = since.Year, Month = since.Month, Day = since.Day };
        }

        if (NearPlaces.Find(filters.Near) is { } place)
        {
            // As precise as the page states a place (three decimals, about 100 m).
            request.Near = new GeoPoint { Latitude = Rounded(place.Latitude), Longitude = Rounded(place.Longitude) };
            request.WithinKm = KmOf(filters) ?? NearPlaces.DefaultKm;
        }

        return request;
    }

    private static void AddPay(SearchPostingsRequest request, JobFilters filters)
    {
        if (filters.PayMin.Length + filters.PayMax.Length == 0)
        {
            return;
        }

        if (filters.PayMin.Length > 0 && PayInput.Problem(filters.PayMin, "最低工资", out var least) is null)
        {
            request.PayAtLeast = new Money { Fen = least * 100 };
        }

        if (filters.PayMax.Length > 0 && PayInput.Problem(filters.PayMax, "最高工资", out var most) is null)
        {
            request.PayAtMost = new Money { Fen = most * 100 };
        }

        request.PayPeriod = PeriodOf(filters) ?? Employment.Jobs.V1.PayPeriod.Unspecified;
    }

    private static string? ChoiceProblem(string typed, bool known, string label) =>
        typed.Length > 0 && !known ? $"“{label}”不在可选范围内，请从列表中选择。" : null;

    private static string? PayProblem(JobFilters filters)
    {
        long least = 0;
        if (filters.PayMin.Length > 0 && PayInput.Problem(filters.PayMin, "最低工资", out least) is { } minProblem)
        {
            return minProblem;
        }

        if (filters.PayMax.Length > 0)
        {
            if (PayInput.Problem(filters.PayMax, "最高工资", out var most) is { } maxProblem)
            {
                return maxProblem;
            }

            if (filters.PayMin.Length > 0 && least > most)
            {
                return "“最高工资”低于“最低工资”，请改一下其中一个。";
            }
        }

        return filters.PayMin.Length + filters.PayMax.Length > 0 && PeriodOf(filters) is null
            ? "请选择“工资计算方式”（每月、每天或每小时）。"
            : null;
    }

    private static string? PostedSinceProblem(JobFilters filters) =>
        filters.PostedSince.Length > 0 && DateOf(filters.PostedSince) is null ? "“发布日期不早于”应写成 2024-03-01 这样的年-月-日。" : null;

    private static string? NearProblem(JobFilters filters)
    {
        if (filters.Near.Length == 0)
        {
            return null;
        }

        if (NearPlaces.Find(filters.Near) is null)
        {
            return "“在哪里附近”不在可选范围内，请从列表中选择。";
        }

        return KmOf(filters) is null ? $"“距离”请选择 {string.Join("、", NearPlaces.DistancesKm)} 公里之一。" : null;
    }

    private static string? SortProblem(JobFilters filters)
    {
        if (filters.Sort.Length == 0)
        {
            return null;
        }

        return SortOf(filters) switch
        {
            null => "“排序”不在可选范围内，请从列表中选择。",
            SearchOrder.Distance when filters.Near.Length == 0 => "按“距离最近”排序，请先在“在哪里附近”选一个地方。",
            _ => null,
        };
    }

    private static EmploymentType? KindOf(JobFilters filters) =>
        JobFilters.Kinds.Where(k => k.Slug == filters.Kind).Select(k => (EmploymentType?)k.Contract).FirstOrDefault();

    private static Employment.Jobs.V1.PayPeriod? PeriodOf(JobFilters filters) =>
        JobFilters.PayPeriods.Where(p => p.Slug == filters.PayPeriod).Select(p => (Employment.Jobs.V1.PayPeriod?)p.Contract).FirstOrDefault();

    private static EducationLevel? EducationOf(JobFilters filters) =>
        JobFilters.Educations.Where(e => e.Slug == filters.Education).Select(e => (EducationLevel?)e.Contract).FirstOrDefault();

    private static SearchOrder? SortOf(JobFilters filters) =>
        filters.Sort.Length == 0 ? null : JobFilters.Sorts.Where(o => o.Slug == filters.Sort).Select(o => (SearchOrder?)o.Contract).FirstOrDefault();

    /// <summary>The distance asked (the default when none is), or null when it is not one the page offers.</summary>
    private static int? KmOf(JobFilters filters)
    {
        if (filters.WithinKm.Length == 0)
        {
            return NearPlaces.DefaultKm;
        }

        return int.TryParse(filters.WithinKm, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && NearPlaces.DistancesKm.Contains(km) ? km : null;
    }

    private static DateOnly? DateOf(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static double Rounded(double degrees) => Math.Round(degrees, 3, MidpointRounding.AwayFromZero);
}
