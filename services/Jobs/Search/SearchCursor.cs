using System.Globalization;
using System.Text;
using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Search;

/// <summary>
/// Keyset paging: the sort key of the last hit shown. The next page starts strictly after it, so
/// page 500 costs what page 1 does (no OFFSET that reads and throws away the rows before it), and a
/// posting indexed meanwhile neither repeats nor shifts a hit. By relevance the key is (level, posted
/// date, index key); by date, pay or distance it is (<see cref="Value"/>, index key), the value being
/// the day number, the monthly top pay in fen, or the squared km exactly as the database computed it.
/// Opaque to callers: base64url of "v2|level|yyyy-MM-dd|key" or "v3|order|value|key".
/// </summary>
public sealed record SearchCursor(int Score, DateOnly PostedOn, long Key)
{
    // v2 names the numbering of Relevance's levels: a token of an earlier numbering is refused as any unknown one.
    private const string RankedVersion = "v2";

    private const string OrderedVersion = "v3";

    public SearchOrder Order { get; init; }

    /// <summary>The last hit's sort value in an order other than relevance.</summary>
    public double Value { get; init; }

    /// <summary>The cursor after a row listed in <paramref name="order"/>, whose sort value is <paramref name="value"/>.</summary>
    public static SearchCursor After(SearchOrder order, PostingHit hit, long key, double value)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return order switch
        {
            SearchOrder.Relevance => new SearchCursor(hit.Score, hit.PostedOn, key),
            SearchOrder.Newest => new SearchCursor(0, hit.PostedOn, key) { Order = order, Value = hit.PostedOn.DayNumber },
            _ => new SearchCursor(0, default, key) { Order = order, Value = value },
        };
    }

    public string Encode()
    {
        var text = Order == SearchOrder.Relevance
            ? string.Create(CultureInfo.InvariantCulture, $"{RankedVersion}|{Score}|{PostedOn:yyyy-MM-dd}|{Key}")
            : string.Create(CultureInfo.InvariantCulture, $"{OrderedVersion}|{(int)Order}|{Value:R}|{Key}");
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor of a token given for a search in <paramref name="order"/>; null for "" (the first page).</summary>
    /// <exception cref="DomainRuleException">A token this engine did not give, or gave for another order.</exception>
    public static SearchCursor? Decode(string? token, SearchOrder order = SearchOrder.Relevance)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(base64)).Split('|');
            if (order == SearchOrder.Relevance
                && parts is [RankedVersion, var score, var date, var key]
                && int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s <= Relevance.TitleOccupation
                && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            {
                return new SearchCursor(s, d, k);
            }

            if (order != SearchOrder.Relevance
                && parts is [OrderedVersion, var named, var text, var last]
                && named == ((int)order).ToString(CultureInfo.InvariantCulture)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
                && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastKey)
                && (order != SearchOrder.Newest || value <= DateOnly.MaxValue.DayNumber))
            {
                var postedOn = order == SearchOrder.Newest ? DateOnly.FromDayNumber((int)value) : default;
                return new SearchCursor(0, postedOn, lastKey) { Order = order, Value = value };
            }
        }
        catch (FormatException)
        {
            // Not base64: the same answer as any other token we did not give.
        }

        throw DomainRuleException.Invalid("page.page_token", "分页标记无效，请从第一页重新查询。 (Unknown page token, or one given for another order; start again from the first page.)");
    }
}
