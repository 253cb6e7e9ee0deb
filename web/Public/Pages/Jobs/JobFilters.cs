using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>
/// The search as the page's URL states it (<c>/jobs?q=电工&amp;region=410823&amp;kind=gig…</c>), so a
/// search can be bookmarked and shared. The page's place in the results is in it too: the token of
/// the page, its number, and the tokens of the pages before it (the engine pages by keys, so going
/// back needs the earlier keys; the first page's is empty and not written).
/// </summary>
public sealed record JobFilters(string Query, string Region, string Kind, string PayMin, string PayPeriod, string PostedSince, string PageToken, string Near = "", string WithinKm = "")
{
    /// <summary>The most earlier pages' tokens a URL carries back: enough for any real browsing, short enough for a URL.</summary>
    public const int MaxTrail = 30;

    /// <summary>The top of the pay asked for (in <see cref="PayPeriod"/>), or "".</summary>
    public string PayMax { get; init; } = "";

    /// <summary>The person's education as a URL word (<see cref="Educations"/>): postings open to it.</summary>
    public string Education { get; init; } = "";

    /// <summary>A 职业分类大典 小类 or 细类 code.</summary>
    public string Occupation { get; init; } = "";

    /// <summary>How the results are listed (<see cref="Sorts"/>); "" = most relevant first.</summary>
    public string Sort { get; init; } = "";

    /// <summary>The tokens of the pages before this one, first page excluded, oldest first.</summary>
    public IReadOnlyList<string> Trail { get; init; } = [];

    /// <summary>This page's number: 1 on the first page.</summary>
    public int PageNumber { get; init; } = 1;

    public static JobFilters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var token = query["page"].ToString();
        var number = int.TryParse(query["n"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2 && token.Length > 0 ? n : token.Length > 0 ? 2 : 1;
        return new(
            query["q"].ToString().Trim(),
            query["region"].ToString(),
            query["kind"].ToString(),
            query["pay_min"].ToString().Trim(),
            query["pay_period"].ToString(),
            query["since"].ToString().Trim(),
            token,
            query["near"].ToString().Trim(),
            query["km"].ToString().Trim())
        {
            PayMax = query["pay_max"].ToString().Trim(),
            Education = query["edu"].ToString(),
            Occupation = query["occ"].ToString().Trim(),
            Sort = query["sort"].ToString(),
            Trail = query["prev"].ToString().Split('.', StringSplitOptions.RemoveEmptyEntries).TakeLast(MaxTrail).ToList(),
            PageNumber = number,
        };
    }

    /// <summary>True when the person asked for a search (the bare page only shows the form).</summary>
    public bool Asked => Query.Length + Region.Length + Kind.Length + PayMin.Length + PayMax.Length + PostedSince.Length + Near.Length + Education.Length + Occupation.Length + Sort.Length > 0;

    /// <summary>True when the pay's period matters (a lowest or a highest pay is asked).</summary>
    private bool PayAsked => PayMin.Length + PayMax.Length > 0;

    /// <summary>The first page of these filters' results (what a changed filter or order starts from).</summary>
    public string FirstPageUrl() => (this with { PageToken = "", Trail = [], PageNumber = 1 }).Url();

    /// <summary>The next page, given the token the answer gave for it.</summary>
    public string NextPageUrl(string token) =>
        (this with { PageToken = token, Trail = PageToken.Length > 0 ? [.. Trail, PageToken] : [], PageNumber = PageNumber + 1 }).Url();

    /// <summary>The page before this one, or null on the first.</summary>
    public string? PreviousPageUrl() => PageNumber <= 1 || PageToken.Length == 0 ? null
        : Trail.Count == 0 ? FirstPageUrl()
        : (this with { PageToken = Trail[^1], Trail = Trail.Take(Trail.Count - 1).ToList(), PageNumber = Math.Max(2, PageNumber - 1) }).Url();

    /// <summary>This very page's URL (what a posting's 返回搜索结果 comes back to).</summary>
    public string Url()
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
        Add("edu", Education);
        Add("occ", Occupation);
        Add("pay_min", PayMin);
        Add("pay_max", PayMax);
        Add("pay_period", PayAsked ? PayPeriod : "");
        Add("since", PostedSince);
        Add("near", Near);
        Add("km", Near.Length > 0 ? WithinKm : "");
        Add("sort", Sort);
        Add("page", PageToken);
        Add("n", PageToken.Length > 0 ? PageNumber.ToString(CultureInfo.InvariantCulture) : "");
        Add("prev", PageToken.Length > 0 ? string.Join('.', Trail) : "");
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

        if (OccupationNames.NameOf(Occupation) is { } occupation)
        {
            parts.Add(occupation);
        }

        if (Educations.FirstOrDefault(e => e.Slug == Education).NameZh is { } education)
        {
            parts.Add($"学历{education}可报");
        }

        if (PayMin.Length > 0)
        {
            parts.Add(PayAtLeastZh(PayMin, PayPeriod));
        }

        if (PayMax.Length > 0)
        {
            parts.Add($"{PayPeriods.FirstOrDefault(p => p.Slug == PayPeriod).NameZh} {PayMax} 元以下".Trim());
        }

        if (PostedSince.Length > 0)
        {
            parts.Add($"{PostedSince} 以后发布");
        }

        if (Sorts.FirstOrDefault(s => s.Slug == Sort && s.Slug.Length > 0).NameZh is { } sort)
        {
            parts.Add(sort);
        }

        return parts.Count == 0 ? "全部岗位" : string.Join(" · ", parts);
    }

    /// <summary>A kind's name from its URL word, or null.</summary>
    public static string? KindZh(string slug) => Kinds.FirstOrDefault(k => k.Slug == slug).NameZh;

    /// <summary>"每天 150 元以上": a lowest pay as the folded forms say it.</summary>
    public static string PayAtLeastZh(string yuan, string periodSlug) =>
        $"{PayPeriods.FirstOrDefault(p => p.Slug == periodSlug).NameZh} {yuan} 元以上".Trim();

    /// <summary>Wider searches to offer when nothing is found: each filter dropped in turn, then the words alone.</summary>
    public IEnumerable<(string TextZh, string Url)> Wider()
    {
        var first = this with { PageToken = "", Trail = [], PageNumber = 1 };
        var empty = new JobFilters("", "", "", "", "", "", "");
        if (Query.Length > 0 && (Region.Length + Kind.Length + PayMin.Length + PayMax.Length + PostedSince.Length + Near.Length + Education.Length + Occupation.Length) > 0)
        {
            yield return ($"只按“{Query}”搜索，去掉其他条件", (empty with { Query = Query }).Url());
        }

        if (Region.Length > 0 || Near.Length > 0)
        {
            yield return ("不限工作地点", (first with { Region = "", Near = "", WithinKm = "", Sort = Sort == "distance" ? "" : Sort }).Url());
        }

        if (PayMin.Length + PayMax.Length > 0)
        {
            yield return ("不限工资", (first with { PayMin = "", PayMax = "" }).Url());
        }

        if (Query.Length > 0)
        {
            yield return ("不限关键词", (first with { Query = "" }) is { Asked: true } rest ? rest.Url() : "/jobs?region=" + Places.All[0].Code);
        }
    }

    /// <summary>A posting's page, which links back to this very search (page included).</summary>
    public string PostingUrl(string postingId) =>
        $"/jobs/{Uri.EscapeDataString(postingId)}" + QueryString.Create("back", Url());

    /// <summary>The way back to a search from a posting: only a search of this site (no open redirect).</summary>
    public static string BackUrl(string? back) =>
        back is { Length: > 0 and <= 4000 } b && b.StartsWith("/jobs?", StringComparison.Ordinal) && !b.Contains('\\', StringComparison.Ordinal) ? b : "/jobs";

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

    /// <summary>A person's education, with the word in the URL: the search finds postings asking at most it.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, EducationLevel Contract)> Educations { get; } =
        new[] { EducationLevel.BelowSecondary, EducationLevel.Secondary, EducationLevel.JuniorCollege, EducationLevel.Bachelor, EducationLevel.Postgraduate }
            .Select(level => (level.ToString().ToLowerInvariant(), JobDisplay.EducationZh(level), level)).ToList();

    /// <summary>How results can be listed, with the word in the URL ("" = most relevant first).</summary>
    public static IReadOnlyList<(string Slug, string NameZh, SearchOrder Contract)> Sorts { get; } =
    [
        ("", "最相关", SearchOrder.Unspecified),
        ("newest", "最新发布", SearchOrder.Newest),
        ("pay", "工资最高", SearchOrder.Pay),
        ("distance", "距离最近", SearchOrder.Distance),
    ];
}
