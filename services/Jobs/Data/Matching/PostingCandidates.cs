using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Matching;

/// <summary>
/// The bounded set of postings a seeker's match scores, found by the database's indexes — occupation
/// code or 小类, region, and the 爱心岗位 flag — newest first, at most <c>limit</c> each; scoring them is
/// the domain's. 公益性岗位 are not read for a seeker who may not see them (R26), so they do not take
/// the places of postings that will be shown.
/// </summary>
public sealed class PostingCandidates(JobsDbContext db)
{
    // A member-initialised pair (not a positional record), so that EF translates filters on its members.
    private sealed class Row
    {
        public required PostingRecord Posting { get; init; }

        public PostingMatchRecord? Facts { get; init; }
    }

    /// <summary>Postings of the seeker's occupations (code or 小类) in their region, and for a priority seeker the region's priority posts.</summary>
    public async Task<IReadOnlyList<PostingTraits>> ForSeekerAsync(SeekerTraits seeker, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        var rows = new Dictionary<long, Row>();
        var inRegion = InRegion(seeker);
        if (seeker.Occupations.Count > 0)
        {
            var codes = seeker.Occupations.ToList();
            var groups = seeker.Occupations.Select(Occupations.GroupOf).Distinct(StringComparer.Ordinal).ToList();
            Add(rows, await NewestAsync(inRegion.Where(r => codes.Contains(r.Posting.OccupationCode) || groups.Contains(r.Posting.OccupationGroup)), limit, cancellationToken));
        }
        else
        {
            Add(rows, await NewestAsync(inRegion, limit, cancellationToken));
        }

        if (seeker.IsPrioritised)
        {
            var publicWelfare = (int)EmploymentKind.PublicWelfare;
            Add(rows, await NewestAsync(inRegion.Where(r => (r.Facts != null && r.Facts.CaringPost) || r.Posting.Kind == publicWelfare), limit, cancellationToken));
        }

        return rows.Values.Select(Traits).ToList();
    }

    /// <summary>The newest postings of a region (a city, or 济源), no 公益性岗位: the non-personalised list.</summary>
    public async Task<IReadOnlyList<PostingTraits>> NewestInCityAsync(string cityCode, int limit, CancellationToken cancellationToken)
    {
        var publicWelfare = (int)EmploymentKind.PublicWelfare;
        var rows = await NewestAsync(Joined().Where(r => r.Posting.CityCode == cityCode && r.Posting.Kind != publicWelfare), limit, cancellationToken);
        return rows.Select(Traits).ToList();
    }

    /// <summary>One posting with its matching facts; null when it is not indexed.</summary>
    public async Task<PostingTraits?> FindAsync(string postingId, CancellationToken cancellationToken)
    {
        var row = await Joined().Where(r => r.Posting.PostingId == postingId).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Traits(row);
    }

    private IQueryable<Row> InRegion(SeekerTraits seeker)
    {
        var query = Joined();
        if (!seeker.CertifiedEmploymentDifficulty)
        {
            var publicWelfare = (int)EmploymentKind.PublicWelfare;
            query = query.Where(r => r.Posting.Kind != publicWelfare);
        }

        if (seeker.Counties.Count > 0)
        {
            // A stated region is a county, or a whole city (410800).
            var regions = seeker.Counties.ToList();
            return query.Where(r => regions.Contains(r.Posting.CountyCode) || regions.Contains(r.Posting.CityCode));
        }

        var city = WorkRegion.CityOf(seeker.HomeCountyCode);
        return query.Where(r => r.Posting.CityCode == city);
    }

    private IQueryable<Row> Joined() =>
        from p in db.Postings.AsNoTracking()
        join f in db.Set<PostingMatchRecord>().AsNoTracking() on p.Key equals f.PostingKey into facts
        from f in facts.DefaultIfEmpty()
        select new Row { Posting = p, Facts = f };

    private static Task<List<Row>> NewestAsync(IQueryable<Row> query, int limit, CancellationToken cancellationToken) =>
        query.OrderByDescending(r => r.Posting.PostedOn).ThenByDescending(r => r.Posting.Key).Take(limit).ToListAsync(cancellationToken);

    private static void Add(Dictionary<long, Row> rows, List<Row> found)
    {
        foreach (var row in found)
        {
            rows.TryAdd(row.Posting.Key, row);
        }
    }

    private static PostingTraits Traits(Row row) =>
        (row.Facts is { } f ? PostingMatchFacts.Of(f.Latitude, f.Longitude, f.MinEducation, f.CaringPost, f.Skills, f.Certificates) : PostingMatchFacts.None)
            .Traits(row.Posting);
}
