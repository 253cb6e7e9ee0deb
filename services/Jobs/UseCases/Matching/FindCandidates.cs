using Employment.Identity;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>Seekers ranked for a posting, names masked, each with the reasons of their score.</summary>
public sealed record PostingCandidatesResult(string PostingId, IReadOnlyList<CandidateMatch> Candidates, IReadOnlyList<string> RuleIds);

/// <summary>
/// Candidates for a posting: at most <see cref="MatchWeights.CandidateLimit"/> seekers found by the
/// database (their occupation tags, their region, for priority posts those in an assistance case),
/// each read with their registry profile, scored with the same scorer as the seeker's side, ranked;
/// names masked (张*明). 公益性岗位 list only certified 就业困难人员 (R26).
/// </summary>
public sealed class FindCandidates(PostingCandidates postings, SeekerCandidates seekers, SeekerReader reader, MatchRanking ranking, MatchWeights weights)
{
    public async Task<PostingCandidatesResult> FindAsync(string postingId, int pageSize, Caller caller, CancellationToken cancellationToken)
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
        var found = await seekers.ForPostingAsync(posting, weights.CandidateLimit, cancellationToken);
        var read = new List<SeekerReading>(found.Count);
        foreach (var seeker in found)
        {
            read.Add(await reader.ReadAsync(seeker, cancellationToken));
        }

        var names = read.ToDictionary(r => r.Record.SeekerId, r => NameMasking.Mask(r.Profile.Person?.Name), StringComparer.Ordinal);
        var ranked = ranking.ForPosting(posting, read.Select(r => r.Traits), s => names[s.SeekerId], size);
        List<string> rules = [MatchScorer.Rule, SeekerTag.Rule];
        if (posting.IsPriorityPost)
        {
            rules.Add(MatchRanking.PriorityRule);
        }

        if (posting.IsPublicWelfare)
        {
            rules.Add(MatchRanking.PublicWelfareRule);
        }

        return new PostingCandidatesResult(posting.PostingId, ranked, rules);
    }
}
