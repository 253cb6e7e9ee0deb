using System.Globalization;
using System.Text;
using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Search;

/// <summary>
/// Keyset paging: the sort key of the last hit shown (score, posted date, index key). The next page
/// starts strictly after it, so page 500 costs what page 1 does (no OFFSET that reads and throws
/// away the rows before it), and a posting indexed meanwhile neither repeats nor shifts a hit.
/// Opaque to callers: base64url of "v2|score|yyyy-MM-dd|key".
/// </summary>
public sealed record SearchCursor(int Score, DateOnly PostedOn, long Key)
{
    // Names the numbering of Relevance's levels: a token of an earlier numbering is refused as any unknown one.
    private const string Version = "v2";

    public string Encode() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}|{Score}|{PostedOn:yyyy-MM-dd}|{Key}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The cursor of a token; null for "" (the first page).</summary>
    /// <exception cref="DomainRuleException">A token this engine did not give.</exception>
    public static SearchCursor? Decode(string? token)
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
            if (parts is [Version, var score, var date, var key]
                && int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s <= Relevance.TitleOccupation
                && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            {
                return new SearchCursor(s, d, k);
            }
        }
        catch (FormatException)
        {
            // Not base64: the same answer as any other token we did not give.
        }

        throw DomainRuleException.Invalid("page.page_token", "分页标记无效，请从第一页重新查询。 (Unknown page token; start again from the first page.)");
    }
}
