using Employment.Policy.Model;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;

namespace Employment.Jobs.Search;

/// <summary>
/// A <see cref="PostingQuery"/> checked and resolved once for both engines: analysed text, the
/// region as a city or a county, pay bounds as monthly fen, the page size (the platform's
/// <see cref="Pages"/> rule: 0 = default, capped at the maximum) and the cursor.
/// </summary>
public sealed record SearchPlan(
    SearchText Text,
    string? City,
    string? County,
    EmploymentKind? Kind,
    long? MonthlyPayAtLeastFen,
    long? MonthlyPayAtMostFen,
    DateOnly? PostedSince,
    int Size,
    SearchCursor? After)
{
    /// <summary>The largest radius a distance search takes: the two cities fit in it; more is a typing error.</summary>
    public const double MaxRadiusKm = 100;

    /// <summary>Postings within <see cref="SearchDistance.Km"/> of a point; none = anywhere.</summary>
    public SearchDistance? Distance { get; init; }

    /// <summary>Postings asking at most this education (the contract's EducationLevel), or none stated.</summary>
    public int? Education { get; init; }

    /// <summary>A 细类 (matches that code) or a 小类 (matches its 细类 through OccupationGroup).</summary>
    public string? OccupationCode { get; init; }

    /// <summary>How the matches are listed.</summary>
    public SearchOrder Order { get; init; }

    /// <summary>Postings published on or before this day.</summary>
    public DateOnly? PostedThrough { get; init; }

    /// <exception cref="DomainRuleException">A field is invalid.</exception>
    public static SearchPlan For(PostingQuery query, OccupationSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = SearchText.Parse(query.Text, synonyms);
        string? city = null, county = null;
        if (!string.IsNullOrEmpty(query.Region))
        {
            if (query.Region.Length != 6 || !query.Region.All(char.IsAsciiDigit) || query.Region.EndsWith("0000", StringComparison.Ordinal))
            {
                throw DomainRuleException.Invalid("region", $"工作地点应为市或县（区）的 6 位行政区划代码：{query.Region}。 (region must be a 6-digit city or county code.)");
            }

            if (Region.Parse(query.Region).IsCity)
            {
                city = query.Region;
            }
            else
            {
                county = query.Region;
            }
        }

        if (query.Kind is { } kind && !Enum.IsDefined(kind))
        {
            throw DomainRuleException.Invalid("employment_type", $"未知的用工形式：{(int)kind}。 (Unknown employment type.)");
        }

        if (!Enum.IsDefined(query.PayPeriod))
        {
            throw DomainRuleException.Invalid("pay_period", "未知的薪酬周期。 (Unknown pay period.)");
        }

        if (query.PayAtLeastFen < 0 || query.PayAtMostFen < 0)
        {
            throw DomainRuleException.Invalid("pay", "薪酬不能为负数。 (Pay bounds cannot be negative.)");
        }

        SearchDistance? distance = null;
        if (query.Near is { } near)
        {
            var point = GeoPoint.Checked(near.Latitude, near.Longitude, "near");
            if (query.WithinKm is not { } km || !double.IsFinite(km) || km <= 0 || km > MaxRadiusKm)
            {
                throw DomainRuleException.Invalid("within_km", $"距离应大于 0、至多 {MaxRadiusKm:0} 公里：{query.WithinKm}。 (within_km must be in (0, {MaxRadiusKm:0}] km with a point.)");
            }

            distance = new SearchDistance(point, km);
        }
        else if (query.WithinKm is not null and not 0)
        {
            throw DomainRuleException.Invalid("near", "按距离查找须同时给出位置（纬度、经度）。 (within_km needs a point: near.)");
        }

        if (query.Education is { } education && (education < 0 || education > MaxEducation))
        {
            throw DomainRuleException.Invalid("education", $"未知的学历：{education}。 (Unknown education level.)");
        }

        var code = string.IsNullOrEmpty(query.OccupationCode) ? null : query.OccupationCode;
        if (code is not null && !Occupations.IsWellFormed(code))
        {
            throw DomainRuleException.Invalid("occupation_code", $"职业代码应为职业分类大典的小类或细类代码，如 2-06-03 或 6-31-01-03：{code}。 (occupation_code must be a 小类 or 细类 code.)");
        }

        if (!Enum.IsDefined(query.Order))
        {
            throw DomainRuleException.Invalid("order", $"未知的排序方式：{(int)query.Order}。 (Unknown order.)");
        }

        if (query.Order == SearchOrder.Distance && distance is null)
        {
            throw DomainRuleException.Invalid("order", "按距离排序须给出位置（纬度、经度）和距离。 (Ordering by distance needs near and within_km.)");
        }

        return new SearchPlan(
            text,
            city,
            county,
            query.Kind,
            query.PayAtLeastFen is { } least ? MonthlyPay.Fen(least, query.PayPeriod) : null,
            query.PayAtMostFen is { } most ? MonthlyPay.Fen(most, query.PayPeriod) : null,
            query.PostedSince,
            Pages.Size(query.PageSize),
            SearchCursor.Decode(query.PageToken, query.Order))
        {
            Order = query.Order,
            PostedThrough = query.PostedThrough,
            Distance = distance,
            Education = query.Education is > 0 ? query.Education : null,
            OccupationCode = code,
        };
    }

    // The contract's EducationLevel runs from 1 (初中及以下) to 5 (研究生).
    private const int MaxEducation = 5;

    /// <summary>
    /// What the counts of this search depend on, as text: the terms and the codes they name, every
    /// filter, and the day (validity ends at midnight, China time). The page and cursor are not in it.
    /// </summary>
    public string CountKey(DateOnly today) => string.Join('|',
        string.Join(' ', Text.Terms.Select(t => t.Text + "=" + string.Join(',', t.OccupationCodes))),
        City, County, Kind, MonthlyPayAtLeastFen, MonthlyPayAtMostFen, PostedSince?.DayNumber, PostedThrough?.DayNumber, today.DayNumber,
        Distance is { } d ? FormattableString.Invariant($"{d.Point.Latitude},{d.Point.Longitude},{d.Km}") : "", Education, OccupationCode);

    /// <summary>
    /// The hits of a page read with one row to spare: the page, and its next token when the spare
    /// row shows there is more. A row's sort value is what the order other than relevance sorts on.
    /// </summary>
    public (IReadOnlyList<PostingHit> Page, string NextToken) Cut(List<(PostingHit Hit, long Key, double Sort)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count <= Size)
        {
            return (rows.Select(r => r.Hit).ToList(), "");
        }

        var last = rows[Size - 1];
        return (rows.Take(Size).Select(r => r.Hit).ToList(), SearchCursor.After(Order, last.Hit, last.Key, last.Sort).Encode());
    }
}
