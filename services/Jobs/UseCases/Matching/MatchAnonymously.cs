using System.Security.Cryptography;
using Employment.Jobs.Data.Matching;
using Google.Protobuf;
using Employment.Jobs.Domain.Matching;
using Employment.ServiceDefaults.Paging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// The public MatchJobs: postings ranked for an anonymous self-description with the same candidate
/// read, scorer and ranking as a registered seeker's, nothing stored. Non-personalised: the newest
/// postings of the regions named, unscored (第十七条). No 公益性岗位 either way (R26).
/// </summary>
public sealed class MatchAnonymously(PostingCandidates candidates, MatchRanking ranking, MatchWeights weights)
{
    public async Task<V1.MatchJobsResponse> MatchAsync(V1.MatchJobsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = Pages.Size(request.Page);
        var seeker = new AnonymousSeeker(
            MatchingInput.Preferences(request.Preferences),
            (EducationLevel)(int)(request.Preferences?.Education ?? 0),
            request.NonPersonalised).Checked(weights.MaxMonthlyPayFloorFen);
        var regions = seeker.Preferences.Counties;
        if (seeker.NonPersonalised)
        {
            var newest = await candidates.NewestInRegionsAsync(regions, size, cancellationToken);
            return MatchingAnswers.Matches(new SeekerMatches("", false, NonPersonalised.NoticeZh(regions),
                newest.Select(p => new PostingMatch(p, 0, [], false)).ToList(), [NonPersonalised.Rule, AnonymousSeeker.Rule], NextPageToken: ""));
        }

        // A page token is tied to the description it was given for (a digest: nothing of it is stored).
        var scope = Convert.ToHexString(SHA256.HashData(request.Preferences?.ToByteArray() ?? []))[..16];
        var after = MatchCursor.Decode(request.Page?.PageToken, scope);
        var traits = seeker.Traits();
        var found = await candidates.ForSeekerAsync(traits, weights.CandidateLimit, cancellationToken);
        var (ranked, next) = ranking.PageForSeeker(traits, found, size, after);
        return MatchingAnswers.Matches(new SeekerMatches("", true, AnonymousSeeker.NoticeZh, ranked,
            [MatchScorer.Rule, MatchRanking.PublicWelfareRule, AnonymousSeeker.Rule], next?.Encode(scope) ?? ""));
    }
}
