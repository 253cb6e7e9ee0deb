using Employment.Jobs.Data.Matching;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Postings ranked for a seeker. Personalised: at most <see cref="MatchWeights.CandidateLimit"/>
/// postings found by the database (occupation code or 小类, region, priority posts), scored and ranked in
/// memory, each with its reasons. Non-personalised (第十七条): the newest postings of their home city,
/// no profile read, no score, and the answer says so.
/// </summary>
/// <param name="Personalised">False when the seeker chose the non-personalised mode.</param>
/// <param name="NoticeZh">What the list is and how it was made, for the seeker.</param>
/// <param name="RuleIds">The rules the ranking applied, as literal ids.</param>
/// <param name="NextPageToken">The next page's token (keyset, <see cref="MatchCursor"/>), or "" on the last page.</param>
public sealed record SeekerMatches(string SeekerId, bool Personalised, string NoticeZh, IReadOnlyList<PostingMatch> Matches, IReadOnlyList<string> RuleIds, string NextPageToken);

public sealed class MatchForSeeker(SeekerReader reader, PostingCandidates candidates, MatchRanking ranking, MatchWeights weights)
{
    public Task<SeekerMatches> MatchAsync(string seekerId, int pageSize, Caller caller, CancellationToken cancellationToken) =>
        MatchAsync(seekerId, pageSize, "", caller, cancellationToken);

    /// <summary>A page of the seeker's matches: the first, or the one after <paramref name="pageToken"/>'s place (personalised mode; the non-personalised list is one page).</summary>
    public async Task<SeekerMatches> MatchAsync(string seekerId, int pageSize, string pageToken, Caller caller, CancellationToken cancellationToken)
    {
        var size = Pages.Size(pageSize);
        var record = await reader.VisibleAsync(seekerId, caller, cancellationToken);
        if (record.NonPersonalised)
        {
            var newest = await candidates.NewestInCityAsync(record.HomeCityCode, size, cancellationToken);
            return new SeekerMatches(record.SeekerId, false, NonPersonalised.NoticeZh([record.HomeCityCode]),
                newest.Select(p => new PostingMatch(p, 0, [], false)).ToList(), [NonPersonalised.Rule], NextPageToken: "");
        }

        var after = MatchCursor.Decode(pageToken, record.SeekerId);
        var seeker = await reader.ReadAsync(record, cancellationToken);
        var found = await candidates.ForSeekerAsync(seeker.Traits, weights.CandidateLimit, cancellationToken);
        var (ranked, next) = ranking.PageForSeeker(seeker.Traits, found, size, after);
        return new SeekerMatches(record.SeekerId, true, NonPersonalised.PersonalisedNoticeZh, ranked, RulesOf(seeker.Traits, ranked), next?.Encode(record.SeekerId) ?? "");
    }

    internal static List<string> RulesOf(SeekerTraits seeker, IReadOnlyList<PostingMatch> ranked)
    {
        var rules = new List<string> { MatchScorer.Rule, SeekerTag.Rule };
        if (ranked.Any(m => m.Prioritised))
        {
            rules.Add(MatchRanking.PriorityRule);
        }

        if (!seeker.CertifiedEmploymentDifficulty || ranked.Any(m => m.Posting.Kind == EmploymentKind.PublicWelfare))
        {
            rules.Add(MatchRanking.PublicWelfareRule);
        }

        return rules;
    }
}
