using Employment.Policy.Model;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Seekers;

/// <summary>
/// The bounded set of seekers a posting's candidate list scores: active seekers who asked for the
/// posting's occupation (code or 小类, by the tags' indexes; a typed word by the 小类 it names) and would work where it is (a stated
/// county or city, or else their home city); for an 爱心岗位 or 公益性岗位 also the region's seekers in an
/// assistance case. Seekers who chose the non-personalised mode are not profiled for employers (第十七条).
/// </summary>
public sealed class SeekerCandidates(JobsDbContext db)
{
    public async Task<IReadOnlyList<SeekerRecord>> ForPostingAsync(PostingTraits posting, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var tags = db.Set<SeekerTagRecord>();
        var occupation = (int)TagKind.Occupation;
        var word = (int)TagKind.OccupationWord;
        var county = (int)TagKind.County;
        var code = posting.OccupationCode;
        var group = posting.OccupationGroup;
        var city = Region.CityOf(posting.CountyCode);
        var postingCounty = posting.CountyCode;

        var seekers = db.Set<SeekerRecord>().AsNoTracking().Where(s => s.Active && !s.NonPersonalised)
            .Where(s => tags.Any(t => t.SeekerKey == s.Key && t.Kind == county && (t.Value == postingCounty || t.Value == city))
                || (s.HomeCityCode == city && !tags.Any(t => t.SeekerKey == s.Key && t.Kind == county)));
        var asked = code.Length == 0
            ? seekers.Where(_ => false)
            : seekers.Where(s => tags.Any(t => t.SeekerKey == s.Key && (t.Kind == occupation || t.Kind == word) && (t.Value == code || t.Group == group)));
        var found = await Newest(asked, limit).ToListAsync(cancellationToken);
        if (posting.IsPriorityPost)
        {
            var known = found.Select(s => s.Key).ToHashSet();
            found.AddRange((await Newest(seekers.Where(s => s.AssistanceCaseId != null), limit).ToListAsync(cancellationToken)).Where(s => !known.Contains(s.Key)));
        }

        return found;
    }

    private static IQueryable<SeekerRecord> Newest(IQueryable<SeekerRecord> query, int limit) =>
        query.Include(s => s.Tags).OrderByDescending(s => s.Key).Take(limit);
}
