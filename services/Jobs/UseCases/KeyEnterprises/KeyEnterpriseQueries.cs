using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.KeyEnterprises;
using Employment.Jobs.UseCases.PublicServices;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>
/// Reading key enterprises: one (its region's; others NOT_FOUND), and the list of a city or county by
/// county then name, with each county's enterprises and open vacancies (the newest collection of each).
/// </summary>
public sealed class KeyEnterpriseQueries(JobsDbContext db, KeyEnterpriseBasis basis, ChinaClock clock)
{
    public async Task<V1.KeyEnterprise> GetAsync(string enterpriseId, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.Set<KeyEnterpriseRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == enterpriseId, cancellationToken)
            ?? throw DomainRuleException.NotFound("重点企业", enterpriseId);
        RegionScope.Of(clerk).Visible(record, "重点企业", enterpriseId, record.CountyCode);
        return KeyEnterpriseAnswers.Counter(record.ToEnterprise(), record, basis.For(record.CountyCode, clock.Today));
    }

    public async Task<V1.ListKeyEnterprisesResponse> ListAsync(V1.ListKeyEnterprisesRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(clerk).RequireCovers("region", code);
        var prefix = RegionFilter.PrefixOf(request.Region, "region", required: true);
        var size = Pages.Size(request.Page);
        var offset = Pages.Offset(request.Page);
        // Only enterprises on the list (jobs.key_enterprise.delisting): a delisted one is read by its id.
        var query = db.Set<KeyEnterpriseRecord>().AsNoTracking().Where(r => r.CountyCode.StartsWith(prefix) && r.DelistedOn == null);
        var counties = await query
            .GroupBy(r => r.CountyCode)
            .Select(g => new { County = g.Key, Enterprises = g.Count(), Open = g.Sum(r => r.OpenVacancies) })
            .OrderBy(g => g.County)
            .ToListAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.CountyCode).ThenBy(r => r.Name).ThenBy(r => r.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return new V1.ListKeyEnterprisesResponse
        {
            Enterprises = { rows.Select(KeyEnterpriseAnswers.Summary) },
            Page = Pages.NextByOffset(offset, size, counties.Sum(c => c.Enterprises)),
            Counties = { counties.Select(c => new V1.CountyVacancies { County = new RegionCode { Code = c.County }, Enterprises = c.Enterprises, OpenVacancies = c.Open }) },
        };
    }
}
