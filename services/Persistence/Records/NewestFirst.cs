using System.Linq.Expressions;
using Employment.Common.V1;
using Employment.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Records;

/// <summary>
/// A person's or an employer's own records a page at a time, newest first (我的办事, messages, reads): ordered by their
/// id, a version-7 GUID taken in time order (SQLite cannot order by a DateTimeOffset), paged by offset, with the total.
/// </summary>
public static class NewestFirst
{
    public static async Task<(List<T> Rows, PageResponse Page)> PageAsync<T>(IQueryable<T> rows, Expression<Func<T, string>> id, PageRequest? page, CancellationToken cancellationToken)
    {
        var size = Pages.Size(page);
        var offset = Pages.Offset(page);
        var total = await rows.CountAsync(cancellationToken);
        var taken = await rows.OrderByDescending(id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return (taken, Pages.NextByOffset(offset, size, total));
    }
}
