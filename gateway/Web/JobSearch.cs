using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Employment.Gateway.Web;

// THE ONE FILE TO ADAPT when the job-matching service lands (issue 15): the route, its query
// parameter names and the answer's JSON field names below are written against the shape the issue
// describes (GET /v1/jobs/postings, employment.jobs.v1.JobMatching SearchPostings) before the
// service exists on main. Until the gateway routes that service, every search shows 服务暂不可用.

/// <summary>The search as the page's URL states it (<c>/jobs?q=电工&amp;region=410823&amp;kind=gig…</c>), so a search can be bookmarked and shared.</summary>
public sealed record JobFilters(string Query, string Region, string Kind, string PayMin, string PayPeriod, string PostedSince, string PageToken)
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
            query["page"].ToString());
    }

    /// <summary>True when the person asked for a search (the bare page only shows the form).</summary>
    public bool Asked => Query.Length + Region.Length + Kind.Length + PayMin.Length + PostedSince.Length > 0;

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
        Add("page", pageToken);
        return "/jobs" + QueryString.Create(parts);
    }

    /// <summary>Kinds of work a person may pick (issue 15), with the word in the URL and the contract's enum name.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, string Contract)> Kinds { get; } =
    [
        ("full-time", "全职", "POSTING_KIND_FULL_TIME"),
        ("part-time", "兼职", "POSTING_KIND_PART_TIME"),
        ("gig", "零工", "POSTING_KIND_GIG"),
        ("traineeship", "就业见习岗位", "POSTING_KIND_TRAINEESHIP"),
        ("public-welfare", "公益性岗位", "POSTING_KIND_PUBLIC_WELFARE"),
    ];

    /// <summary>Pay periods (issue 15: month, day or hour), with the word in the URL and the contract's enum name.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, string Contract)> PayPeriods { get; } =
    [
        ("month", "每月", "PAY_PERIOD_MONTH"),
        ("day", "每天", "PAY_PERIOD_DAY"),
        ("hour", "每小时", "PAY_PERIOD_HOUR"),
    ];
}

/// <summary>One posting as the public search shows it (never an employer's credit code or anyone's identity number).</summary>
public sealed record PostingSummary(string Title, string Employer, string Place, string Pay, string PostedOn);

public sealed record JobResults(IReadOnlyList<PostingSummary> Postings, int Total, string NextPageToken);

/// <summary>What the 找工作 page shows.</summary>
public sealed record JobSearchView(JobFilters Filters, string? InputProblem, ServiceAnswer<JobResults>? Answer);

/// <summary>
/// The public job search over REST (the service transcodes it), sent to a destination of the
/// job-matching cluster without a token (<see cref="PublicChannels"/>).
/// </summary>
public sealed partial class JobSearch(PublicChannels channels, WebOptions options, ILogger<JobSearch> logger)
{
    public const string GrpcService = "employment.jobs.v1.JobMatching";
    public const string Route = "/v1/jobs/postings";
    private const string ServiceZh = "岗位搜索服务";

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

        if (channels.AddressOf(GrpcService) is not { } address)
        {
            return new JobSearchView(filters, null, ServiceAnswer<JobResults>.Failed(ServiceProblem.Down(ServiceZh)));
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bounded.CancelAfter(options.CallTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, Route + QueryString.Create(query)))
            {
                // The services speak cleartext HTTP/2 only, as YARP's clusters do.
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var response = await channels.Http.SendAsync(request, bounded.Token);
            var body = await response.Content.ReadAsStringAsync(bounded.Token);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return new JobSearchView(filters, null, ServiceAnswer<JobResults>.Failed(ServiceProblem.Refused(ServiceZh, MessageOf(body))));
            }

            if (!response.IsSuccessStatusCode)
            {
                // 404 is the state until the service and its route exist: the same words for people.
                NotAnswered(logger, (int)response.StatusCode);
                return new JobSearchView(filters, null, ServiceAnswer<JobResults>.Failed(ServiceProblem.Down(ServiceZh)));
            }

            return new JobSearchView(filters, null, ServiceAnswer<JobResults>.Of(Read(body)));
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException && !cancellation.IsCancellationRequested)
        {
            NotAnswered(logger, 0);
            return new JobSearchView(filters, null, ServiceAnswer<JobResults>.Failed(ServiceProblem.Down(ServiceZh)));
        }
    }

    /// <summary>The route's query for the filters, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(JobFilters filters, out List<KeyValuePair<string, string?>> query)
    {
        ArgumentNullException.ThrowIfNull(filters);
        query = [new("page.pageSize", "20")];
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

            query.Add(new("kind", kind.Contract));
        }

        if (filters.PayMin.Length > 0)
        {
            if (!long.TryParse(filters.PayMin, NumberStyles.None, CultureInfo.InvariantCulture, out var yuan) || yuan > 1_000_000)
            {
                return "“最低工资”应为不超过 1000000 的整数（元）。";
            }

            var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Slug == filters.PayPeriod);
            if (period.Slug is null)
            {
                return "请选择“工资计算方式”（每月、每天或每小时）。";
            }

            query.Add(new("pay.min.fen", (yuan * 100).ToString(CultureInfo.InvariantCulture)));
            query.Add(new("pay.period", period.Contract));
        }

        if (filters.PostedSince.Length > 0)
        {
            if (!DateOnly.TryParseExact(filters.PostedSince, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return "“发布日期不早于”应写成 2024-03-01 这样的年-月-日。";
            }

            query.Add(new("postedSince", filters.PostedSince));
        }

        if (filters.PageToken.Length > 0)
        {
            query.Add(new("page.pageToken", filters.PageToken));
        }

        return null;
    }

    private static JobResults Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var postings = new List<PostingSummary>();
        if (root.TryGetProperty("postings", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in list.EnumerateArray())
            {
                postings.Add(new PostingSummary(
                    Text(p, "title"),
                    Text(p, "employerName"),
                    Text(p, "workAddress") is { Length: > 0 } address ? address : Places.Find(Nested(p, "workRegion", "code"))?.NameZh ?? "",
                    Pay(p),
                    DateText(p, "postedOn")));
            }
        }

        var total = root.TryGetProperty("page", out var page) && page.TryGetProperty("totalSize", out var size) && size.TryGetInt32(out var n) ? n : -1;
        return new JobResults(postings, total, Nested(root, "page", "nextPageToken"));
    }

    private static string Pay(JsonElement posting)
    {
        if (!posting.TryGetProperty("pay", out var pay))
        {
            return "";
        }

        var period = JobFilters.PayPeriods.FirstOrDefault(p => p.Contract == Text(pay, "period")).NameZh ?? "";
        var min = Fen(Nested(pay, "min", "fen"));
        var max = Fen(Nested(pay, "max", "fen"));
        var range = min.Length > 0 && max.Length > 0 ? $"{min}–{max}" : min + max;
        return range.Length == 0 ? "面议" : $"{period} {range} 元".Trim();
    }

    private static string Fen(string fen) =>
        long.TryParse(fen, NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? (f / 100m).ToString("0.##", CultureInfo.InvariantCulture) : "";

    private static string DateText(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var date))
        {
            return "";
        }

        int Part(string part) => date.TryGetProperty(part, out var v) && v.TryGetInt32(out var i) ? i : 0;
        return Part("year") == 0 ? "" : $"{Part("year"):D4}-{Part("month"):D2}-{Part("day"):D2}";
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string Nested(JsonElement element, string outer, string inner) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(outer, out var o) ? Text(o, inner) : "";

    /// <summary>The service's own reason from a REST error body (<c>{code, message}</c>).</summary>
    private static string MessageOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Text(document.RootElement, "message") is { Length: > 0 } m ? m : "搜索条件有误，请检查后再试。";
        }
        catch (JsonException)
        {
            return "搜索条件有误，请检查后再试。";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page: job search not answered (HTTP {Status}; 0 = no answer)")]
    private static partial void NotAnswered(ILogger logger, int status);
}
