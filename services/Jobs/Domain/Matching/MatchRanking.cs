namespace Employment.Jobs.Domain.Matching;

/// <summary>A posting ranked for a seeker: its score, reasons, and whether it was put first as a priority post.</summary>
public sealed record PostingMatch(PostingTraits Posting, int Score, IReadOnlyList<MatchReason> Reasons, bool Prioritised);

/// <summary>A seeker ranked for a posting; the name is masked (张*明) before it leaves the domain.</summary>
public sealed record CandidateMatch(string SeekerId, string NameMasked, int Score, IReadOnlyList<MatchReason> Reasons, bool Prioritised);

/// <summary>
/// Who sees what, and in which order, once each pair is scored:
/// <list type="bullet">
/// <item>公益性岗位 only to certified 就业困难人员 (R26, <see cref="PublicWelfareRule"/>): for anyone else the posting is
/// not in the list, in either direction;</item>
/// <item>seekers of a <see cref="PriorityGroup"/> see 爱心岗位 and 公益性岗位 first (<see cref="PriorityRule"/>), and a
/// priority post lists priority seekers first; within each part, by score, then newest posting.</item>
/// </list>
/// </summary>
public sealed class MatchRanking(MatchScorer scorer)
{
    public const string PublicWelfareRule = "jobs.matching.public_welfare_only_employment_difficulty";

    public const string PriorityRule = "jobs.matching.priority_posts_first";

    /// <summary>Whether the seeker may be shown the posting at all.</summary>
    public static bool MaySee(SeekerTraits seeker, PostingTraits posting) =>
        !posting.IsPublicWelfare || seeker.CertifiedEmploymentDifficulty;

    /// <summary>The postings the seeker may see, ranked, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<PostingMatch> ForSeeker(SeekerTraits seeker, IEnumerable<PostingTraits> postings, int take)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        return postings
            .Where(p => MaySee(seeker, p))
            .Select(p => Match(seeker, p))
            .OrderByDescending(m => m.Prioritised)
            .ThenByDescending(m => m.Score)
            .ThenByDescending(m => m.Posting.PostedOn)
            .ThenBy(m => m.Posting.PostingId, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    /// <summary>
    /// One page of the ranked postings: the <paramref name="size"/> matches after <paramref name="after"/>
    /// (from the top when null), and the cursor of the page's last match when more follow.
    /// </summary>
    public (IReadOnlyList<PostingMatch> Page, MatchCursor? Next) PageForSeeker(SeekerTraits seeker, IEnumerable<PostingTraits> postings, int size, MatchCursor? after)
    {
        var following = ForSeeker(seeker, postings, int.MaxValue).Where(m => after is null || after.IsBefore(m)).Take(size + 1).ToList();
        var page = following.Take(size).ToList();
        return (page, following.Count > size ? MatchCursor.At(page[^1]) : null);
    }

    /// <summary>The seekers who may see the posting, ranked, at most <paramref name="take"/>; names masked by <paramref name="maskedName"/>.</summary>
    public IReadOnlyList<CandidateMatch> ForPosting(PostingTraits posting, IEnumerable<SeekerTraits> seekers, Func<SeekerTraits, string> maskedName, int take)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(maskedName);
        return seekers
            .Where(s => MaySee(s, posting))
            .Select(s => (Seeker: s, Match: Match(s, posting)))
            .OrderByDescending(c => c.Match.Prioritised)
            .ThenByDescending(c => c.Match.Score)
            .ThenBy(c => c.Seeker.SeekerId, StringComparer.Ordinal)
            .Take(take)
            .Select(c => new CandidateMatch(c.Seeker.SeekerId, maskedName(c.Seeker), c.Match.Score, c.Match.Reasons, c.Match.Prioritised))
            .ToList();
    }

    /// <summary>
    /// One page of the ranked candidates: the <paramref name="size"/> after <paramref name="after"/> (from
    /// the top when null), and the cursor of the page's last candidate when more follow.
    /// </summary>
    public (IReadOnlyList<CandidateMatch> Page, CandidateCursor? Next) PageForPosting(
        PostingTraits posting, IEnumerable<SeekerTraits> seekers, Func<SeekerTraits, string> maskedName, int size, CandidateCursor? after)
    {
        var following = ForPosting(posting, seekers, maskedName, int.MaxValue).Where(c => after is null || after.IsBefore(c)).Take(size + 1).ToList();
        var page = following.Take(size).ToList();
        return (page, following.Count > size ? CandidateCursor.At(page[^1]) : null);
    }

    private PostingMatch Match(SeekerTraits seeker, PostingTraits posting)
    {
        var explained = scorer.Score(seeker, posting);
        var prioritised = seeker.IsPrioritised && posting.IsPriorityPost;
        var reasons = explained.Reasons.ToList();
        if (prioritised)
        {
            reasons.Insert(0, MatchReason.Note(
                $"优先展示：{MatchScorer.KindZh(posting)}，您是{string.Join("、", seeker.Priority.Select(PriorityGroupText.Zh))}（规则 {PriorityRule}）"));
        }

        if (posting.IsPublicWelfare)
        {
            reasons.Add(MatchReason.Note($"公益性岗位仅向经认定的就业困难人员展示（裁定 R26，规则 {PublicWelfareRule}）"));
        }

        return new PostingMatch(posting, explained.Score, reasons, prioritised);
    }
}
