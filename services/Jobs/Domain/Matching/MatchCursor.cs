using System.Globalization;
using System.Text;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// A place in a seeker's ranked postings — the last match of a page, by the ranking's own order
/// (priority first, then score, then newest posting, then posting id) — so that the next page is the
/// matches strictly after it: a keyset page, not an offset. A posting filed or scored differently
/// between two pages cannot make the next one repeat or skip what the order already put behind the
/// cursor, and every page costs what the first does (the same bounded candidate read and scoring).
/// The token names the scope it was given for (a seeker, or a digest of an anonymous description);
/// another scope's token, or one not made here, is refused naming <c>page.page_token</c>.
/// </summary>
public sealed record MatchCursor(bool Prioritised, int Score, DateOnly PostedOn, string PostingId)
{
    public const string Rule = "jobs.matching.keyset_pages";

    private const string Version = "m1";

    public static MatchCursor At(PostingMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Prioritised, match.Score, match.Posting.PostedOn, match.Posting.PostingId);
    }

    /// <summary>Whether <paramref name="match"/> comes after this place in the ranking's order.</summary>
    public bool IsBefore(PostingMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Prioritised != Prioritised)
        {
            return Prioritised;
        }

        if (match.Score != Score)
        {
            return match.Score < Score;
        }

        if (match.Posting.PostedOn != PostedOn)
        {
            return match.Posting.PostedOn < PostedOn;
        }

        return string.CompareOrdinal(match.Posting.PostingId, PostingId) > 0;
    }

    public string Encode(string scope)
    {
        var text = string.Join('|', Version, scope, Prioritised ? "1" : "0", Score.ToString(CultureInfo.InvariantCulture),
            PostedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PostingId);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor a token names, null for "" (the first page).</summary>
    public static MatchCursor? Decode(string? token, string scope)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string[] parts;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|');
        }
        catch (FormatException)
        {
            throw Foreign();
        }

        if (parts.Length != 6 || parts[0] != Version || parts[1] != scope || parts[2] is not ("0" or "1")
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            || !DateOnly.TryParseExact(parts[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var postedOn)
            || parts[5].Length == 0)
        {
            throw Foreign();
        }

        return new MatchCursor(parts[2] == "1", score, postedOn, parts[5]);
    }

    private static DomainRuleException Foreign() =>
        new(DomainRuleKind.InvalidInput, $"翻页标记无效：请使用同一次匹配上一页答复中的 next_page_token（{Rule}）。", "page.page_token", Rule);
}
