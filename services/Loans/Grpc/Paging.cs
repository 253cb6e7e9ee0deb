using Employment.Common.V1;

namespace Employment.Loans.Grpc;

/// <summary>
/// Pages of records in id order (ids sort by creation). A page is read with room to spare
/// (<see cref="FetchCount"/>) because some rows may be filtered out after reading (a counter sees
/// only its region's; regions nest, so that is not a column comparison).
/// </summary>
internal static class Paging
{
    private const int DefaultSize = 50;
    private const int MaxSize = 200;

    public static int Size(PageRequest? page) => Math.Clamp(page?.PageSize ?? 0, 0, MaxSize) is var size and > 0 ? size : DefaultSize;

    public static string After(PageRequest? page) => page?.PageToken ?? "";

    public static int FetchCount(int size) => size * 4 + 1;

    /// <summary>The visible rows of this page and the token of the next (empty when this is the last).</summary>
    public static (List<T> Page, PageResponse Response) Take<T>(List<T> rows, int size, Func<T, bool> visible, Func<T, string> idOf)
    {
        var shown = rows.Where(visible).ToList();
        var response = new PageResponse { TotalSize = -1 };
        if (shown.Count > size)
        {
            response.NextPageToken = idOf(shown[size - 1]);
        }
        else if (rows.Count >= FetchCount(size))
        {
            response.NextPageToken = idOf(rows[^1]);
        }

        return (shown.Take(size).ToList(), response);
    }
}
