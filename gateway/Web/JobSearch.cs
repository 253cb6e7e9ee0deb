using System.Globalization;
using Employment.Jobs.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Web;

/// <summary>What the 找工作 page shows: the filters, a problem with them, or the service's answer.</summary>
public sealed record JobSearchView(JobFilters Filters, string? InputProblem, ServiceAnswer<SearchPostingsResponse>? Answer);

/// <summary>
/// The public job search: the page's filters become <c>GET /v1/jobs/postings</c>'s query, whose
/// parameter names are the proto JSON names of SearchPostingsRequest (a date as 2024-03-01, which
/// the service's RestQueryCheck spells out into year, month and day).
/// </summary>
public sealed class JobSearch(JobsRest rest)
{
    public const string Route = "/v1/jobs/postings";

    /// <summary>Results a page shows: enough to scan, few enough for a phone.</summary>
    public const int PageSize = 20;

    public async Task<JobSearchView> SearchAsync(JobFilters filters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (!filters.Asked && filters.PageToken.Length == 0)
        {
            return new JobSearchView(filters, null, null);
        }

        if (Problem(filters, out var query) is { } problem)
        {
            return new JobSearchView(filters, problem, null);
        }

        var (answer, _) = await rest.GetAsync<SearchPostingsResponse>(Route + QueryString.Create(query), cancellation);
        return new JobSearchView(filters, null, answer);
    }

    /// <summary>The route's query for the filters, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(JobFilters filters, out List<KeyValuePair<string, string?>> query)
    {
        ArgumentNullException.ThrowIfNull(filters);
        query = [new("page.pageSize", PageSize.ToString(CultureInfo.InvariantCulture))];
        if (filters.Query.Length > 0)
        {
            query.Add(new("query", filters.Query));
        }

        if (filters.Region.Length > 0)
        {
            if (Places.Find(filters.Region) is null)
            {
                return "“工作地点”不在可选范围内，请从列表中选择。";
            }

            query.Add(new("region.code", filters.Region));
        }

        if (filters.Kind.Length > 0)
        {
            var kind = JobFilters.Kinds.FirstOrDefault(k => k.Slug == filters.Kind);
            if (kind.Slug is null)
            {
                return "“岗位类型”不在可选范围内，请从列表中选择。";
            }

            query.Add(new("employmentType", JobFilters.JsonName(kind.Contract)));
        }

        long? leastYuan = null;
        if (filters.PayMin.Length > 0)
        {
            if (PayInput.Problem(filters.PayMin, "最低工资", out var yuan) is { } payProblem)
            {
                return payProblem;
            }

            leastYuan = yuan;
            query.Add(new("payAtLeast.fen", (yuan * 100).ToString(CultureInfo.InvariantCulture)));
        }

        if (filters.PayMax.Length > 0)
        {
            if (PayInput.Problem(filters.PayMax, "最高工资", out var yuan) is { } payProblem)
            {
                return payProblem;
            }

            if (leastYuan > yuan)
            {
                return "“最高工资”低于“最低工资”，请改一下其中一个。";
            }

            query.Add(new("payAtMost.fen", (yuan * 100).ToString(CultureInfo.InvariantCulture)));
        }

        if (filters.PayMin.Length + filters.PayMax.Length > 0)
        {
            var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == filters.PayPeriod);
            if (period.Slug is null)
            {
                return "请选择“工资计算方式”（每月、每天或每小时）。";
            }

            query.Add(new("payPeriod", JobFilters.JsonName(period.Contract)));
        }

        if (filters.Education.Length > 0)
        {
            var education = JobFilters.Educations.FirstOrDefault(e => e.Slug == filters.Education);
            if (education.Slug is null)
            {
                return "“我的学历”不在可选范围内，请从列表中选择。";
            }

            query.Add(new("education", JobFilters.JsonName(education.Contract)));
        }

        if (filters.Occupation.Length > 0)
        {
            if (OccupationNames.CodeFor(filters.Occupation) is not { } code)
            {
                return "“职业”不在可选范围内，请从列表中选择。";
            }

            query.Add(new("occupationCode", code));
        }

        if (filters.PostedSince.Length > 0)
        {
            if (!DateOnly.TryParseExact(filters.PostedSince, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return "“发布日期不早于”应写成 2024-03-01 这样的年-月-日。";
            }

            query.Add(new("postedSince", filters.PostedSince));
        }

        if (filters.Near.Length > 0)
        {
            if (NearPlaces.Find(filters.Near) is not { } place)
            {
                return "“在哪里附近”不在可选范围内，请从列表中选择。";
            }

            var km = filters.WithinKm.Length > 0 ? filters.WithinKm : NearPlaces.DefaultKm.ToString(CultureInfo.InvariantCulture);
            if (!int.TryParse(km, NumberStyles.None, CultureInfo.InvariantCulture, out var distance) || !NearPlaces.DistancesKm.Contains(distance))
            {
                return $"“距离”请选择 {string.Join("、", NearPlaces.DistancesKm)} 公里之一。";
            }

            query.Add(new("near.latitude", NearPlaces.Degrees(place.Latitude)));
            query.Add(new("near.longitude", NearPlaces.Degrees(place.Longitude)));
            query.Add(new("withinKm", km));
        }

        if (filters.Sort.Length > 0)
        {
            var sort = JobFilters.Sorts.FirstOrDefault(o => o.Slug == filters.Sort);
            if (sort.Slug is null)
            {
                return "“排序”不在可选范围内，请从列表中选择。";
            }

            if (sort.Contract == SearchOrder.Distance && filters.Near.Length == 0)
            {
                return "按“距离最近”排序，请先在“在哪里附近”选一个地方。";
            }

            query.Add(new("order", JobFilters.JsonName(sort.Contract)));
        }

        if (filters.PageToken.Length > 0)
        {
            query.Add(new("page.pageToken", filters.PageToken));
        }

        return null;
    }
}
