using Employment.Policy.Model;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Matching;

/// <summary>
/// The bounded set of postings a seeker's match scores, found by the database's indexes, newest first:
/// per occupation asked for, the postings of that exact code and of its 小类 (each along a
/// (code or group, date) index, so the newest are read without sorting every match); for a priority
/// seeker, the region's 爱心岗位 (kind CARING) and — when they may see them — 公益性岗位. The budget
/// (<c>limit</c>, <see cref="MatchWeights.CandidateLimit"/>) is shared among these reads, so a match
/// reads about that many rows whatever the number of postings. 公益性岗位 are not read for a seeker who
/// may not see them (R26), so they do not take the places of postings that will be shown. Only the
/// columns scoring needs are read (not the description or the text tokens). An occupation asked for in the
/// seeker's own words (司机) is also searched as the job search reads it, newest first in each region, so
/// matching finds what 找工作 finds for the same word and place (a 叉车司机 for 司机).
/// </summary>
public sealed class PostingCandidates(JobsDbContext db, IPostingSearch search)
{
    /// <summary>Postings of the seeker's occupations in their region, and for a priority seeker the region's priority posts.</summary>
    public async Task<IReadOnlyList<PostingTraits>> ForSeekerAsync(SeekerTraits seeker, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        var inRegion = InRegion(seeker);
        var codes = seeker.Occupations.Where(c => Occupations.GroupOf(c) != c).Distinct(StringComparer.Ordinal).ToList();
        var groups = seeker.Occupations.Select(Occupations.GroupOf).Distinct(StringComparer.Ordinal).ToList();
        var publicWelfare = (int)EmploymentKind.PublicWelfare;
        var reads = new List<Func<int, IQueryable<CandidateRow>>>();
        reads.AddRange(codes.Select(code => (Func<int, IQueryable<CandidateRow>>)(take => Newest(inRegion.Where(r => r.OccupationCode == code), take))));
        reads.AddRange(groups.Select(group => (Func<int, IQueryable<CandidateRow>>)(take => Newest(inRegion.Where(r => r.OccupationGroup == group), take))));
        var words = seeker.Wanted.Where(w => w.Word.Length > 0).Select(w => w.TextZh).Distinct(StringComparer.Ordinal).ToList();
        if (reads.Count == 0 && words.Count == 0)
        {
            reads.Add(take => Newest(inRegion, take));
        }

        if (seeker.IsPrioritised)
        {
            // By the kind CARING (which is what sets the facts' flag), along the (Kind, CountyCode, PostedOn, Key)
            // or (Kind, PostedOn, Key) index: by the flag, PostgreSQL joined the county's every posting with every
            // flagged fact and sorted (28 ms of a one-county priority match; README, "Matching, measured").
            var caring = (int)EmploymentKind.Caring;
            reads.Add(take => Newest(inRegion.Where(r => r.Kind == caring), take));
            if (seeker.CertifiedEmploymentDifficulty)
            {
                reads.Add(take => Newest(inRegion.Where(r => r.Kind == publicWelfare), take));
            }
        }

        // One round trip: the reads as one UNION ALL, each with its share of the budget (a word's search takes one share).
        var share = Math.Max(1, (limit + reads.Count + words.Count - 1) / (reads.Count + words.Count));
        var rows = reads.Count == 0 ? [] : await reads.Select(read => read(share)).Aggregate((all, next) => all.Concat(next)).ToListAsync(cancellationToken);
        var found = await FoundByWordsAsync(words, seeker, share, cancellationToken);
        if (found.Count > 0)
        {
            var known = rows.Select(r => r.PostingId).ToHashSet(StringComparer.Ordinal);
            var missing = found.Where(id => !known.Contains(id)).ToList();
            var byWords = Rows().Where(r => missing.Contains(r.PostingId));
            if (!seeker.CertifiedEmploymentDifficulty)
            {
                byWords = byWords.Where(r => r.Kind != publicWelfare);
            }

            rows.AddRange(missing.Count == 0 ? [] : await byWords.ToListAsync(cancellationToken));
        }

        return rows.DistinctBy(r => r.Key).Select(Traits).ToList();
    }

    // The newest postings the job search finds for each word in each region the seeker would work in.
    private async Task<List<string>> FoundByWordsAsync(IReadOnlyList<string> words, SeekerTraits seeker, int share, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        if (words.Count == 0)
        {
            return ids;
        }

        var regions = seeker.Counties.Count > 0 ? seeker.Counties : [Region.CityOf(seeker.HomeCountyCode)];
        foreach (var word in words)
        {
            foreach (var region in regions)
            {
                var page = await search.SearchAsync(
                    new PostingQuery { Text = word, Region = region, Order = SearchOrder.Newest, PageSize = Math.Min(share, Pages.MaxSize), WithFacets = false },
                    cancellationToken);
                ids.AddRange(page.Hits.Select(h => h.PostingId));
            }
        }

        return ids;
    }

    /// <summary>The newest postings of a region (a city, or 济源), no 公益性岗位: the non-personalised list.</summary>
    public async Task<IReadOnlyList<PostingTraits>> NewestInCityAsync(string cityCode, int limit, CancellationToken cancellationToken)
    {
        var publicWelfare = (int)EmploymentKind.PublicWelfare;
        var rows = await Newest(Rows().Where(r => r.CityCode == cityCode && r.Kind != publicWelfare), limit).ToListAsync(cancellationToken);
        return rows.Select(Traits).ToList();
    }

    /// <summary>The newest postings of the regions named (counties or whole cities), no 公益性岗位: the anonymous non-personalised list.</summary>
    public async Task<IReadOnlyList<PostingTraits>> NewestInRegionsAsync(IReadOnlyList<string> regions, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var publicWelfare = (int)EmploymentKind.PublicWelfare;
        var named = regions.ToList();
        var rows = await Newest(Rows().Where(r => (named.Contains(r.CountyCode) || named.Contains(r.CityCode)) && r.Kind != publicWelfare), limit)
            .ToListAsync(cancellationToken);
        return rows.Select(Traits).ToList();
    }

    /// <summary>One posting with its matching facts; null when it is not indexed.</summary>
    public async Task<PostingTraits?> FindAsync(string postingId, CancellationToken cancellationToken)
    {
        var row = await Rows().Where(r => r.PostingId == postingId).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Traits(row);
    }

    private IQueryable<CandidateRow> InRegion(SeekerTraits seeker)
    {
        var query = Rows();
        if (!seeker.CertifiedEmploymentDifficulty)
        {
            var publicWelfare = (int)EmploymentKind.PublicWelfare;
            query = query.Where(r => r.Kind != publicWelfare);
        }

        if (seeker.Counties.Count == 1)
        {
            // One county (or one city) as an equality, so each part seeks the (…, CountyCode, PostedOn, Key)
            // index in date order and stops after its share; a list or an OR is checked row by row.
            var only = seeker.Counties[0];
            return Region.Parse(only).IsCity ? query.Where(r => r.CityCode == only) : query.Where(r => r.CountyCode == only);
        }

        if (seeker.Counties.Count > 0)
        {
            // A stated region is a county, or a whole city (410800).
            var regions = seeker.Counties.ToList();
            return query.Where(r => regions.Contains(r.CountyCode) || regions.Contains(r.CityCode));
        }

        var city = Region.CityOf(seeker.HomeCountyCode);
        return query.Where(r => r.CityCode == city);
    }

    private IQueryable<CandidateRow> Rows() =>
        from p in db.Postings.AsNoTracking()
        join f in db.Set<PostingMatchRecord>().AsNoTracking() on p.Key equals f.PostingKey into facts
        from f in facts.DefaultIfEmpty()
        select new CandidateRow
        {
            Key = p.Key,
            PostingId = p.PostingId,
            Title = p.Title,
            EmployerName = p.EmployerName,
            OccupationCode = p.OccupationCode,
            OccupationGroup = p.OccupationGroup,
            CountyCode = p.CountyCode,
            CityCode = p.CityCode,
            Kind = p.Kind,
            PayMinFen = p.PayMinFen,
            PayMaxFen = p.PayMaxFen,
            PayPeriod = p.PayPeriod,
            PostedOn = p.PostedOn,
            Latitude = f.Latitude,
            Longitude = f.Longitude,
            MinEducation = (int?)f.MinEducation,
            CaringPost = (bool?)f.CaringPost,
            Skills = f.Skills,
            Certificates = f.Certificates,
        };

    private static IQueryable<CandidateRow> Newest(IQueryable<CandidateRow> query, int take) =>
        query.OrderByDescending(r => r.PostedOn).ThenByDescending(r => r.Key).Take(take);

    private static PostingTraits Traits(CandidateRow row) =>
        PostingMatchFacts.Of(row.Latitude, row.Longitude, row.MinEducation ?? 0, (row.CaringPost ?? false) || row.Kind == (int)EmploymentKind.Caring, row.Skills, row.Certificates).Traits(
            row.PostingId, row.Title, row.EmployerName, row.OccupationCode, row.CountyCode, (EmploymentKind)row.Kind, row.PayMinFen, row.PayMaxFen, (PayPeriod)row.PayPeriod, row.PostedOn);

    // The columns scoring and the answer need; member-initialised so EF translates filters on them.
    private sealed class CandidateRow
    {
        public long Key { get; init; }

        public string PostingId { get; init; } = "";

        public string Title { get; init; } = "";

        public string EmployerName { get; init; } = "";

        public string OccupationCode { get; init; } = "";

        public string OccupationGroup { get; init; } = "";

        public string CountyCode { get; init; } = "";

        public string CityCode { get; init; } = "";

        public int Kind { get; init; }

        public long PayMinFen { get; init; }

        public long PayMaxFen { get; init; }

        public int PayPeriod { get; init; }

        public DateOnly PostedOn { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public int? MinEducation { get; init; }

        public bool? CaringPost { get; init; }

        public string? Skills { get; init; }

        public string? Certificates { get; init; }
    }
}
