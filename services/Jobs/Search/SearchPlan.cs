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

            if (WorkRegion.IsCity(query.Region))
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

        return new SearchPlan(
            text,
            city,
            county,
            query.Kind,
            query.PayAtLeastFen is { } least ? MonthlyPay.Fen(least, query.PayPeriod) : null,
            query.PayAtMostFen is { } most ? MonthlyPay.Fen(most, query.PayPeriod) : null,
            query.PostedSince,
            Pages.Size(query.PageSize),
            SearchCursor.Decode(query.PageToken));
    }

    /// <summary>
    /// The hits of a page read with one row to spare: the page, and its next token when the spare
    /// row shows there is more.
    /// </summary>
    public (IReadOnlyList<PostingHit> Page, string NextToken) Cut(List<(PostingHit Hit, long Key)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count <= Size)
        {
            return (rows.Select(r => r.Hit).ToList(), "");
        }

        var last = rows[Size - 1];
        return (rows.Take(Size).Select(r => r.Hit).ToList(), new SearchCursor(last.Hit.Score, last.Hit.PostedOn, last.Key).Encode());
    }
}
