using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Jobs.Tests.Matching.MatchBuilders;

namespace Jobs.Tests.Matching;

/// <summary>
/// Keyset pages of a posting's candidates (rule <c>jobs.matching.keyset_pages</c>), in-process: pages walk
/// the candidates' order without repeats or gaps, a seeker added ahead of the cursor does not shift the
/// next page, and a token is the posting's only.
/// </summary>
public sealed class CandidateCursorTests
{
    private static readonly MatchRanking Ranking = new(new MatchScorer(MatchWeights.Shipped));

    private static readonly PostingTraits Job = Posting(id: "P1", place: Jiefang);

    // Nine seekers of the posting's occupation at three distances: scores tie in threes, broken by seeker id.
    private static readonly SeekerTraits[] Seekers =
    [
        .. Enumerable.Range(0, 9).Select(i => Seeker(occupations: [MatchBuilders.Electrician], place: new GeoPoint(35.24 + ((i % 3) * 0.1), 113.24), id: $"S{i:D2}")),
    ];

    private static readonly Func<SeekerTraits, string> Masked = _ => "张*";

    [Fact]
    public void Jobs_matching_keyset_pages_candidates_walk_the_whole_ranking_in_order_without_repeats()
    {
        var whole = Ranking.ForPosting(Job, Seekers, Masked, 50).Select(c => c.SeekerId).ToList();
        var walked = new List<string>();
        CandidateCursor? after = null;
        do
        {
            var token = after?.Encode("P1");
            var (page, next) = Ranking.PageForPosting(Job, Seekers, Masked, 4, CandidateCursor.Decode(token, "P1"));
            walked.AddRange(page.Select(c => c.SeekerId));
            after = next;
        }
        while (after is not null);

        Assert.Equal(9, whole.Count);
        Assert.Equal(whole, walked);
    }

    [Fact]
    public void Jobs_matching_keyset_pages_a_seeker_ranked_before_the_cursor_does_not_shift_the_next_candidates()
    {
        var (first, next) = Ranking.PageForPosting(Job, Seekers, Masked, 4, null);
        var (second, _) = Ranking.PageForPosting(Job, Seekers, Masked, 4, next);
        var best = Seeker(occupations: [MatchBuilders.Electrician], place: Jiefang, id: "S00-new");
        var (secondAfter, _) = Ranking.PageForPosting(Job, [.. Seekers, best], Masked, 4, next);

        Assert.Equal(second.Select(c => c.SeekerId), secondAfter.Select(c => c.SeekerId));
        Assert.DoesNotContain(secondAfter, c => first.Any(f => f.SeekerId == c.SeekerId));
    }

    [Theory]
    [InlineData("bm90IGEgdG9rZW4")]
    [InlineData("!!")]
    public void Jobs_matching_keyset_pages_a_made_up_candidates_token_is_refused_naming_the_field(string token)
    {
        var refused = Assert.Throws<DomainRuleException>(() => CandidateCursor.Decode(token, "P1"));
        Assert.Equal("page.page_token", refused.Field);
        Assert.Equal(MatchCursor.Rule, refused.RuleId);
    }

    [Fact]
    public void Jobs_matching_keyset_pages_another_posting_s_candidates_token_is_refused()
    {
        var (_, next) = Ranking.PageForPosting(Job, Seekers, Masked, 4, null);
        var refused = Assert.Throws<DomainRuleException>(() => CandidateCursor.Decode(next!.Encode("P1"), "P2"));
        Assert.Equal("page.page_token", refused.Field);
    }
}
