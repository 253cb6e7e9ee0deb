using Employment.Policy.Model;
using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// Reading postings: the counter's view (its region's postings, every status, newest first) and the
/// public's (an open posting within its validity; anything else is NOT_FOUND).
/// </summary>
public sealed class PostingQueries(JobsDbContext db, ChinaClock clock)
{
    public async Task<V1.JobPosting> GetAsync(string postingId, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.JobPostings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postingId, cancellationToken)
            ?? throw DomainRuleException.NotFound("岗位", postingId);
        RegionScope.Of(clerk).Visible(record, "岗位", postingId, record.CountyCode);
        return PostingAnswers.Counter(record.ToPosting(), record, clock.Today);
    }

    public async Task<V1.PublicPosting> GetPublicAsync(string postingId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var open = (int)PostingStatus.Open;
        var record = await db.JobPostings.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == postingId && p.Status == open && p.ValidUntil >= today, cancellationToken)
            ?? throw DomainRuleException.NotFound("岗位", postingId);
        return PostingAnswers.Public(record.ToPosting());
    }

    public async Task<V1.ListPostingsResponse> ListAsync(V1.ListPostingsRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        var scope = RegionScope.Of(clerk);
        var region = RegionCodes.Place(request.Region, "region", required: false);
        if (region.Length > 0)
        {
            scope.RequireCovers("region", region);
        }

        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var prefix = region.Length > 0 ? Region.Parse(region).CodePrefix : scope.CodePrefix;
        var today = clock.Today;
        var query = db.JobPostings.AsNoTracking().Where(p => p.CountyCode.StartsWith(prefix));
        query = request.Status switch
        {
            V1.PostingStatus.Open => query.Where(p => p.Status == (int)PostingStatus.Open && p.ValidUntil >= today),
            V1.PostingStatus.Expired => query.Where(p => p.Status == (int)PostingStatus.Open && p.ValidUntil < today),
            V1.PostingStatus.Withdrawn => query.Where(p => p.Status == (int)PostingStatus.Withdrawn),
            _ => query,
        };

        // Ids are time-ordered (version-7 GUIDs): newest first, continuing below the last id shown.
        if (after.Length > 0)
        {
            query = query.Where(p => string.Compare(p.Id, after) < 0);
        }

        var rows = await query.OrderByDescending(p => p.Id).Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        var (page, response) = Pages.Take(rows, size, r => scope.Covers(r.CountyCode), r => r.Id);
        return new V1.ListPostingsResponse { Postings = { page.Select(r => PostingAnswers.Counter(r.ToPosting(), r, today)) }, Page = response };
    }

    // 410800 (a city) holds 4108xx; 410821 and 419001 are themselves.
}
