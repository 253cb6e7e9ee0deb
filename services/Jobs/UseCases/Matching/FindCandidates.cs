using Employment.IdentityNumbers;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>Seekers ranked for a posting, names masked, each with the reasons of their score; a page of them.</summary>
/// <param name="NextPageToken">The next page's token (keyset, <see cref="CandidateCursor"/>), or "" on the last page.</param>
/// <param name="NoticeZh">Said when the read reached its bound: the ranking covers the newest registered seekers only.</param>
public sealed record PostingCandidatesResult(string PostingId, IReadOnlyList<CandidateMatch> Candidates, IReadOnlyList<string> RuleIds, string NextPageToken, string NoticeZh);

/// <summary>
/// Candidates for a posting: at most <see cref="MatchWeights.CandidateLimit"/> seekers found by the
/// database (their occupation tags, their region, for priority posts those in an assistance case),
/// each read with their registry profile, scored with the same scorer as the seeker's side, ranked;
/// names masked (张*明). 公益性岗位 list only certified 就业困难人员 (R26).
/// </summary>
public sealed class FindCandidates(PostingCandidates postings, SeekerCandidates seekers, SeekerReader reader, MatchRanking ranking, MatchWeights weights)
{
    public Task<PostingCandidatesResult> FindAsync(string postingId, int pageSize, Caller caller, CancellationToken cancellationToken) =>
        FindAsync(postingId, pageSize, "", caller, cancellationToken);

    /// <summary>
    /// A page of the posting's candidates: the first, or the one after <paramref name="pageToken"/>'s place
    /// (rule jobs.matching.keyset_pages). Every page reads and scores the same bounded set, so a deep page
    /// costs what the first does; the depth is that set's.
    /// </summary>
    public async Task<PostingCandidatesResult> FindAsync(string postingId, int pageSize, string pageToken, Caller caller, CancellationToken cancellationToken)
    {
        var size = Pages.Size(pageSize);
        var id = (postingId ?? "").Trim();
        if (id.Length == 0)
        {
            throw DomainRuleException.Invalid("posting_id", "请提供岗位编号（posting_id）。");
        }

        ArgumentNullException.ThrowIfNull(caller);
        var posting = await postings.FindAsync(id, cancellationToken) ?? throw DomainRuleException.NotFound("岗位", id);
        RegionScope.Of(caller).Visible(posting, "岗位", id, posting.CountyCode);
        var after = CandidateCursor.Decode(pageToken, posting.PostingId);
        var found = await seekers.ForPostingAsync(posting, weights.CandidateLimit, cancellationToken);
        var read = new List<SeekerReading>(found.Count);
        foreach (var seeker in found)
        {
            read.Add(await reader.ReadAsync(seeker, cancellationToken));
        }

        var names = read.ToDictionary(r => r.Record.SeekerId, r => NameMasking.Mask(r.Profile.Person?.Name), StringComparer.Ordinal);
        var (ranked, next) = ranking.PageForPosting(posting, read.Select(r => r.Traits), s => names[s.SeekerId], size, after);
        List<string> rules = [MatchScorer.Rule, SeekerTag.Rule, MatchCursor.Rule];
        if (posting.IsPriorityPost)
        {
            rules.Add(MatchRanking.PriorityRule);
        }

        if (posting.IsPublicWelfare)
        {
            rules.Add(MatchRanking.PublicWelfareRule);
        }

        // The read takes the newest registered seekers who fit, up to the bound: when it is reached, older
        // registrations are not ranked at all, and the clerk is told so rather than shown a silent end.
        var notice = found.Count >= weights.CandidateLimit
            ? $"符合条件的求职者超过 {weights.CandidateLimit} 名：本列表只在最近登记的 {weights.CandidateLimit} 名中排序，更早登记的未纳入；可按县区或职业缩小范围后再查。"
            : "";
        return new PostingCandidatesResult(posting.PostingId, ranked, rules, next?.Encode(posting.PostingId) ?? "", notice);
    }
}
