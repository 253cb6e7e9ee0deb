using Employment.Jobs.Data;
using Employment.Jobs.Data.PublicServices;
using Employment.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The public list of open service venues (服务网点) of a city or county, by county then name.</summary>
public sealed class VenueQueries(JobsDbContext db)
{
    public async Task<V1.ListVenuesResponse> ListAsync(V1.ListVenuesRequest request, CancellationToken cancellationToken)
    {
        var prefix = RegionFilter.PrefixOf(request.Region, "region", required: false);
        if (!Enum.IsDefined(request.Kind))
        {
            throw DomainRuleException.Invalid("kind", $"网点类型 {(int)request.Kind} 不存在。");
        }

        var size = Pages.Size(request.Page);
        var offset = Pages.Offset(request.Page);
        var query = db.Set<ServiceVenueRecord>().AsNoTracking().Where(r => r.Open && r.CountyCode.StartsWith(prefix));
        if (request.Kind != V1.VenueKind.Unspecified)
        {
            var kind = (int)request.Kind;
            query = query.Where(r => r.Kind == kind);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.CountyCode).ThenBy(r => r.Name).ThenBy(r => r.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return new V1.ListVenuesResponse { Venues = { rows.Select(VenueAnswers.Public) }, Page = Pages.NextByOffset(offset, size, total) };
    }
}
