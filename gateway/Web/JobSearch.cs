using System.Globalization;
using Employment.Jobs.V1;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Web;

/// <summary>The search as the page's URL states it (<c>/jobs?q=电工&amp;region=410823&amp;kind=gig…</c>), so a search can be bookmarked and shared.</summary>
public sealed record JobFilters(string Query, string Region, string Kind, string PayMin, string PayPeriod, string PostedSince, string PageToken, string Near = "", string WithinKm = "")
{
    public static JobFilters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(
            query["q"].ToString().Trim(),
            query["region"].ToString(),
            query["kind"].ToString(),
            query["pay_min"].ToString().Trim(),
            query["pay_period"].ToString(),
            query["since"].ToString().Trim(),
            query["page"].ToString(),
            query["near"].ToString().Trim(),
            query["km"].ToString().Trim());
    }

    /// <summary>True when the person asked for a search (the bare page only shows the form).</summary>
    public bool Asked => Query.Length + Region.Length + Kind.Length + PayMin.Length + PostedSince.Length + Near.Length > 0;

    /// <summary>The page's own URL for these filters on another page of results.</summary>
    public string PageUrl(string pageToken)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string value)
        {
            if (value.Length > 0)
            {
                parts.Add(new(key, value));
            }
        }

        Add("q", Query);
        Add("region", Region);
        Add("kind", Kind);
        Add("pay_min", PayMin);
        Add("pay_period", PayMin.Length > 0 ? PayPeriod : "");
        Add("since", PostedSince);
        Add("near", Near);
        Add("km", Near.Length > 0 ? WithinKm : "");
        Add("page", pageToken);
        return "/jobs" + QueryString.Create(parts);
    }

    /// <summary>The search in one line as the folded form shows it: "电工 · 焦作市 武陟县 · 零工 · 每天 150 元以上".</summary>
    public string SummaryZh()
    {
        var parts = new List<string>();
        if (Query.Length > 0)
        {
            parts.Add($"“{Query}”");
        }

        if (Places.Find(Region) is { } place)
        {
            parts.Add(place.NameZh);
        }

        if (NearPlaces.Find(Near) is { } near)
        {
            parts.Add($"{near.NameZh}附近 {(WithinKm.Length > 0 ? WithinKm : NearPlaces.DefaultKm.ToString(CultureInfo.InvariantCulture))} 公里内");
        }

        if (KindZh(Kind) is { } kind)
        {
            parts.Add(kind);
        }

        if (PayMin.Length > 0)
        {
            parts.Add(PayAtLeastZh(PayMin, PayPeriod));
        }

        if (PostedSince.Length > 0)
        {
            parts.Add($"{PostedSince} 以后发布");
        }

        return parts.Count == 0 ? "全部岗位" : string.Join(" · ", parts);
    }

    /// <summary>A kind's name from its URL word, or null.</summary>
    public static string? KindZh(string slug) => Kinds.FirstOrDefault(k => k.Slug == slug).NameZh;

    /// <summary>"每天 150 元以上": a lowest pay as the folded forms say it.</summary>
    public static string PayAtLeastZh(string yuan, string periodSlug) =>
        $"{PayPeriods.FirstOrDefault(p => p.Slug == periodSlug).NameZh} {yuan} 元以上".Trim();

    /// <summary>The same search narrowed to a place (a facet's link).</summary>
    public JobFilters With(string region) => this with { Region = region, PageToken = "" };

    /// <summary>Wider searches to offer when nothing is found: each filter dropped in turn, then the words alone.</summary>
    public IEnumerable<(string TextZh, string Url)> Wider()
    {
        var empty = new JobFilters("", "", "", "", "", "", "");
        if (Query.Length > 0 && (Region.Length + Kind.Length + PayMin.Length + PostedSince.Length + Near.Length) > 0)
        {
            yield return ($"只按“{Query}”搜索，去掉其他条件", (empty with { Query = Query }).PageUrl(""));
        }

        if (Region.Length > 0 || Near.Length > 0)
        {
            yield return ("不限工作地点", (this with { Region = "", Near = "", WithinKm = "", PageToken = "" }).PageUrl(""));
        }

        if (Query.Length > 0)
        {
            yield return ("不限关键词", (this with { Query = "", PageToken = "" }) is { Asked: true } rest ? rest.PageUrl("") : "/jobs?region=" + Places.All[0].Code);
        }
    }

    /// <summary>A posting's page, which links back to this very search (page included).</summary>
    public string PostingUrl(string postingId) =>
        $"/jobs/{Uri.EscapeDataString(postingId)}" + QueryString.Create("back", PageUrl(PageToken));

    /// <summary>The way back to a search from a posting: only a search of this site (no open redirect).</summary>
    public static string BackUrl(string? back) =>
        back is { Length: > 0 and <= 2000 } b && b.StartsWith("/jobs?", StringComparison.Ordinal) && !b.Contains('\\', StringComparison.Ordinal) ? b : "/jobs";

    /// <summary>Kinds of work a person may pick (the contract's EmploymentType), with the word in the URL.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, EmploymentType Contract)> Kinds { get; } =
    [
        ("full-time", "全职", EmploymentType.FullTime),
        ("part-time", "兼职", EmploymentType.PartTime),
        ("gig", "零工", EmploymentType.Gig),
        ("traineeship", "就业见习岗位", EmploymentType.Traineeship),
        ("public-welfare", "公益性岗位", EmploymentType.PublicWelfare),
        ("caring", "爱心岗位", EmploymentType.Caring),
    ];

    /// <summary>Pay periods (month, day or hour), with the word in the URL and the contract's enum.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, Employment.Jobs.V1.PayPeriod Contract)> PayPeriods { get; } =
    [
        ("month", "每月", Employment.Jobs.V1.PayPeriod.Month),
        ("day", "每天", Employment.Jobs.V1.PayPeriod.Day),
        ("hour", "每小时", Employment.Jobs.V1.PayPeriod.Hour),
    ];

    /// <summary>The enum value's name as proto JSON and REST query strings spell it (EMPLOYMENT_TYPE_GIG).</summary>
    public static string JsonName(EmploymentType value) =>
        EmploymentTypeDescriptor.FindValueByNumber((int)value)?.Name ?? "";

    /// <summary>The enum value's name as proto JSON and REST query strings spell it (PAY_PERIOD_DAY).</summary>
    public static string JsonName(Employment.Jobs.V1.PayPeriod value) =>
        PayPeriodDescriptor.FindValueByNumber((int)value)?.Name ?? "";

    private static readonly EnumDescriptor EmploymentTypeDescriptor = JobMatchingReflection.Descriptor.FindTypeByName<EnumDescriptor>("EmploymentType");

    private static readonly EnumDescriptor PayPeriodDescriptor = JobMatchingReflection.Descriptor.FindTypeByName<EnumDescriptor>("PayPeriod");
}

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

        if (filters.PayMin.Length > 0)
        {
            if (PayInput.Problem(filters.PayMin, "最低工资", out var yuan) is { } payProblem)
            {
                return payProblem;
            }

            var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == filters.PayPeriod);
            if (period.Slug is null)
            {
                return "请选择“工资计算方式”（每月、每天或每小时）。";
            }

            query.Add(new("payAtLeast.fen", (yuan * 100).ToString(CultureInfo.InvariantCulture)));
            query.Add(new("payPeriod", JobFilters.JsonName(period.Contract)));
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

        if (filters.PageToken.Length > 0)
        {
            query.Add(new("page.pageToken", filters.PageToken));
        }

        return null;
    }
}
