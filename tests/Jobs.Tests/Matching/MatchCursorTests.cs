using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Jobs.Tests.Matching.MatchBuilders;

namespace Jobs.Tests.Matching;

/// <summary>
/// Keyset pages of a seeker's matches (rule <c>jobs.matching.keyset_pages</c>): pages walk the ranking in
/// its order without repeats or gaps, a seeker's token is the seeker's only, and a page after a token is
/// the same however many postings ranked before it were added meanwhile.
/// </summary>
public sealed class MatchCursorTests
{
    private static readonly MatchRanking Ranking = new(new MatchScorer(MatchWeights.Shipped));

    // Ten postings of the seeker's occupation: scores differ by distance, ties broken by date and id.
    private static readonly PostingTraits[] Postings =
    [
        .. Enumerable.Range(0, 10).Select(i => Posting(
            id: $"P{i:D2}",
            place: new GeoPoint(35.24 + ((i % 3) * 0.1), 113.24),
            postedOn: new DateOnly(2026, 11, 1 + (i % 4)))),
    ];

    private static SeekerTraits ElectricianSeeker() => Seeker(occupations: [MatchBuilders.Electrician], place: Jiefang);

    [Fact]
    public void Jobs_matching_keyset_pages_walk_the_whole_ranking_in_order_without_repeats()
    {
        var whole = Ranking.ForSeeker(ElectricianSeeker(), Postings, 50).Select(m => m.Posting.PostingId).ToList();
        var walked = new List<string>();
        MatchCursor? after = null;
        do
        {
            var token = after?.Encode("S1");
            var (page, next) = Ranking.PageForSeeker(ElectricianSeeker(), Postings, 3, MatchCursor.Decode(token, "S1"));
            walked.AddRange(page.Select(m => m.Posting.PostingId));
            after = next;
        }
        while (after is not null);

        Assert.Equal(whole, walked);
    }

    [Fact]
    public void Jobs_matching_keyset_pages_a_posting_ranked_before_the_cursor_does_not_shift_the_next_page()
    {
        var (first, next) = Ranking.PageForSeeker(ElectricianSeeker(), Postings, 3, null);
        var (second, _) = Ranking.PageForSeeker(ElectricianSeeker(), Postings, 3, next);
        var best = Posting(id: "P00-new", place: Jiefang, postedOn: new DateOnly(2026, 11, 20));
        var (secondAfterFiling, _) = Ranking.PageForSeeker(ElectricianSeeker(), [.. Postings, best], 3, next);

        Assert.Equal(second.Select(m => m.Posting.PostingId), secondAfterFiling.Select(m => m.Posting.PostingId));
        Assert.DoesNotContain(secondAfterFiling, m => first.Any(f => f.Posting.PostingId == m.Posting.PostingId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bm90IGEgdG9rZW4")]
    [InlineData("!!!")]
    public void Jobs_matching_keyset_pages_a_token_of_another_seeker_or_not_made_here_is_refused_naming_the_field(string other)
    {
        var token = other.Length == 0 ? new MatchCursor(false, 90, new DateOnly(2026, 11, 1), "P01").Encode("S2") : other;
        var refused = Assert.Throws<DomainRuleException>(() => MatchCursor.Decode(token, "S1"));
        Assert.Equal("page.page_token", refused.Field);
        Assert.Equal(MatchCursor.Rule, refused.RuleId);
    }
}
