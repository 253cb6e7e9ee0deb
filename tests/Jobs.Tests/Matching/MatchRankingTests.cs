using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Xunit;
using static Jobs.Tests.Matching.MatchBuilders;

namespace Jobs.Tests.Matching;

/// <summary>Visibility (R26) and priority (36号（十三）) once pairs are scored.</summary>
public sealed class MatchRankingTests
{
    private static readonly MatchRanking Ranking = new(new MatchScorer(MatchWeights.Shipped));

    private static readonly PostingTraits BestMatch = Posting("best", Electrician);
    private static readonly PostingTraits Caring = Posting("caring", Accountant, caring: true);
    private static readonly PostingTraits PublicWelfare = Posting("welfare", Accountant, kind: EmploymentKind.PublicWelfare);

    [Fact]
    public void R26_public_welfare_posts_are_shown_only_to_certified_employment_difficulty_seekers_in_both_directions()
    {
        var certified = Seeker(id: "certified", occupations: [Electrician], certified: true);
        var other = Seeker(id: "other", occupations: [Electrician]);

        Assert.Contains(Ranking.ForSeeker(certified, [BestMatch, PublicWelfare], 10), m => m.Posting.PostingId == "welfare");
        Assert.DoesNotContain(Ranking.ForSeeker(other, [BestMatch, PublicWelfare], 10), m => m.Posting.PostingId == "welfare");
        Assert.Equal(["certified"], Ranking.ForPosting(PublicWelfare, [certified, other], _ => "张*", 10).Select(c => c.SeekerId));
    }

    [Fact]
    public void Jz36_13_priority_seekers_see_caring_and_public_welfare_posts_first_even_when_they_score_lower()
    {
        var priority = Seeker(occupations: [Electrician], priority: [PriorityGroup.EmploymentDifficulty], certified: true);
        var ranked = Ranking.ForSeeker(priority, [BestMatch, Caring, PublicWelfare], 10);

        // Both priority posts first (between them by score, then newest), then the better match.
        Assert.Equal(["caring", "welfare"], ranked.Take(2).Select(m => m.Posting.PostingId).Order(StringComparer.Ordinal));
        Assert.Equal("best", ranked[2].Posting.PostingId);
        Assert.True(ranked[0].Prioritised && ranked[1].Prioritised && !ranked[2].Prioritised);
        Assert.True(ranked[2].Score > ranked[0].Score);
        Assert.StartsWith("优先展示：", ranked[0].Reasons[0].TextZh, StringComparison.Ordinal);
        Assert.Contains("经认定的就业困难人员", ranked[0].Reasons[0].TextZh, StringComparison.Ordinal);
        Assert.Equal(0, ranked[0].Reasons[0].Points);
    }

    [Fact]
    public void Jz36_13_seekers_outside_the_priority_groups_get_the_plain_score_order()
    {
        var ranked = Ranking.ForSeeker(Seeker(occupations: [Electrician]), [Caring, BestMatch], 10);

        Assert.Equal(["best", "caring"], ranked.Select(m => m.Posting.PostingId));
        Assert.All(ranked, m => Assert.False(m.Prioritised));
    }

    [Fact]
    public void Jz36_13_a_priority_post_lists_priority_seekers_first()
    {
        var strong = Seeker(id: "strong", occupations: [Accountant]);
        var prioritised = Seeker(id: "prioritised", priority: [PriorityGroup.ZeroEmploymentHousehold]);

        var ranked = Ranking.ForPosting(Caring, [strong, prioritised], s => s.SeekerId == "strong" ? "李*" : "王*明", 10);

        Assert.Equal(["prioritised", "strong"], ranked.Select(c => c.SeekerId));
        Assert.Equal("王*明", ranked[0].NameMasked);
    }
}
