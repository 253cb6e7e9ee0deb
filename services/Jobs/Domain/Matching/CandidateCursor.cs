using System.Globalization;
using System.Text;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// A place in a posting's ranked candidates — the last candidate of a page, by the ranking's own order
/// (priority first, then score, then seeker id) — so that the next page is the candidates strictly
/// after it: a keyset page, as <see cref="MatchCursor"/> is for a seeker's postings (rule
/// <see cref="MatchCursor.Rule"/>). The token names the posting it was given for; another posting's
/// token, or one not made here, is refused naming <c>page.page_token</c>.
/// </summary>
public sealed record CandidateCursor(bool Prioritised, int Score, string SeekerId)
{
    private const string Version = "c1";

    public static CandidateCursor At(CandidateMatch candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new(candidate.Prioritised, candidate.Score, candidate.SeekerId);
    }

    /// <summary>Whether <paramref name="candidate"/> comes after this place in the ranking's order.</summary>
    public bool IsBefore(CandidateMatch candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Prioritised != Prioritised)
        {
            return Prioritised;
        }

        if (candidate.Score != Score)
        {
            return candidate.Score < Score;
        }

        return string.CompareOrdinal(candidate.SeekerId, SeekerId) > 0;
    }

    public string Encode(string postingId)
    {
        var text = string.Join('|', Version, postingId, Prioritised ? "1" : "0", Score.ToString(CultureInfo.InvariantCulture), SeekerId);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor a token names, null for "" (the first page).</summary>
    public static CandidateCursor? Decode(string? token, string postingId)
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

        if (parts.Length != 5 || parts[0] != Version || parts[1] != postingId || parts[2] is not ("0" or "1")
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            || parts[4].Length == 0)
        {
            throw Foreign();
        }

        return new CandidateCursor(parts[2] == "1", score, parts[4]);
    }

    private static DomainRuleException Foreign() =>
        new(DomainRuleKind.InvalidInput, $"翻页标记无效：请使用同一岗位上一页答复中的 next_page_token（{MatchCursor.Rule}）。", "page.page_token", MatchCursor.Rule);
}
