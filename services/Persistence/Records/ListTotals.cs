using Employment.Common.V1;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Records;

/// <summary>
/// How many records a keyset-paged list holds in all, counted with the list's own filters once, on its first page
/// (a later page keeps the figure its caller read then; -1 there, as the contract allows). A clerk's screen says "N 件"
/// instead of "more than this page".
/// </summary>
public static class ListTotals
{
    public static async Task CountOnFirstPageAsync<T>(IQueryable<T> filtered, PageRequest? page, PageResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (page is not { PageToken.Length: > 0 })
        {
            response.TotalSize = await filtered.CountAsync(cancellationToken);
        }
    }
}
