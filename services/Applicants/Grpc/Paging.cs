using System.Globalization;
using Employment.Common.V1;

namespace Employment.Applicants.Grpc;

/// <summary>Offset paging behind opaque tokens: 50 by default, 500 at most.</summary>
internal static class Paging
{
    public static (int Offset, int Size) Read(PageRequest? page)
    {
        var size = page is { PageSize: > 0 } ? Math.Min(page.PageSize, 500) : 50;
        var offset = 0;
        if (page is { PageToken.Length: > 0 } && !int.TryParse(page.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            throw RpcErrors.Invalid("page.page_token", "分页标记无效，请从第一页重新查询。");
        }

        return (offset, size);
    }

    public static PageResponse Next(int offset, int size, int total) => new()
    {
        NextPageToken = offset + size < total ? (offset + size).ToString(CultureInfo.InvariantCulture) : "",
        TotalSize = total,
    };
}
