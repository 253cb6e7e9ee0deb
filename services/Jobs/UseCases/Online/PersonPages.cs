using Employment.Common.V1;
using Employment.Jobs.Data.Online;
using Employment.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.UseCases.Online;

/// <summary>A person's own records, newest first, in keyset pages by id.</summary>
internal static class PersonPages
{
    public static async Task<(List<T> Page, PageResponse Response)> NewestAsync<T>(IQueryable<T> records, string personId, PageRequest? request, CancellationToken cancellationToken)
        where T : class, IPersonRecord
    {
        var size = Pages.Size(request);
        var after = Pages.After(request);
        var query = records.AsNoTracking().Where(r => r.PersonId == personId);
        if (after.Length > 0)
        {
            query = query.Where(r => string.Compare(r.Id, after) < 0);
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(size + 1).ToListAsync(cancellationToken);
        return Pages.Take(rows, size, _ => true, r => r.Id);
    }
}
