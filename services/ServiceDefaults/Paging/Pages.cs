using System.Globalization;
using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Paging;

/// <summary>
/// The platform's one paging convention (<c>employment.common.v1.PageRequest</c>): a page size of 0
/// means <see cref="DefaultSize"/>, a larger one is capped at <see cref="MaxSize"/>, a negative one is
/// INVALID_ARGUMENT. Tokens are opaque to callers; two kinds exist behind them:
/// <list type="bullet">
/// <item><b>keyset</b> (<see cref="After"/>, <see cref="Take{T}"/>): the last id shown, for records whose ids
/// sort by creation; a page is read with room to spare because some rows may be filtered out after
/// reading (a counter sees only its region's, and regions nest);</item>
/// <item><b>offset</b> (<see cref="Offset"/>, <see cref="NextByOffset"/>): for searches sorted otherwise.</item>
/// </list>
/// </summary>
public static class Pages
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static int Size(PageRequest? page) => Size(page?.PageSize ?? 0);

    /// <summary>
    /// The size of a page asked for as <paramref name="pageSize"/>. Throws the domain-rule exception, so
    /// Domain code (a search plan) may call it; the host maps it to INVALID_ARGUMENT.
    /// </summary>
    public static int Size(int pageSize) => pageSize switch
    {
        < 0 => throw DomainRuleException.Invalid("page.page_size", $"每页条数不能为负数（0 表示默认 {DefaultSize} 条，最多 {MaxSize} 条）。"),
        0 => DefaultSize,
        var size => Math.Min(size, MaxSize),
    };

    /// <summary>
    /// The size of one message of a streamed answer (a region-wide read, a long job's list): 0 means
    /// <paramref name="defaultSize"/>, 1 to <paramref name="maxSize"/> is taken as asked, anything else
    /// is INVALID_ARGUMENT naming <paramref name="field"/>. Unlike a page, an oversized batch is refused
    /// rather than capped: the caller sized its own buffers by it.
    /// </summary>
    public static int Batch(int requested, int defaultSize, int maxSize, string field, string noun) => requested switch
    {
        0 => defaultSize,
        > 0 when requested <= maxSize => requested,
        _ => throw DomainRuleException.Invalid(field, $"每批{noun}数（{field}）应在 1 至 {maxSize} 之间，或为 0（默认 {defaultSize}）。"),
    };

    /// <summary>
    /// A page whose next token a search engine made itself (its own keyset cursor, opaque here), with
    /// the total it counted or -1.
    /// </summary>
    public static PageResponse Engine(string nextPageToken, int totalSize) => new() { NextPageToken = nextPageToken, TotalSize = totalSize };

    /// <summary>
    /// Keyset paging: the id after which this page starts ("" for the first page). A token that is not
    /// a record id, so not one this API gave, is INVALID_ARGUMENT rather than an empty page.
    /// </summary>
    public static string After(PageRequest? page)
    {
        var token = page?.PageToken ?? "";
        if (token.Length > 0 && !Data.RecordIds.IsWellFormed(token))
        {
            throw DomainRuleException.Invalid("page.page_token", InvalidToken);
        }

        return token;
    }

    private const string InvalidToken = "分页标记无效，请从第一页重新查询。";

    /// <summary>Keyset paging: how many rows to read for a page of <paramref name="size"/> visible ones.</summary>
    public static int FetchCount(int size) => size * 4 + 1;

    /// <summary>Keyset paging: the visible rows of this page and the token of the next (empty when this is the last).</summary>
    public static (List<T> Page, PageResponse Response) Take<T>(List<T> rows, int size, Func<T, bool> visible, Func<T, string> idOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(idOf);
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

    /// <summary>Offset paging: where this page starts; a token this API did not give is INVALID_ARGUMENT.</summary>
    public static int Offset(PageRequest? page)
    {
        var offset = 0;
        if (page is { PageToken.Length: > 0 } && !int.TryParse(page.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            throw DomainRuleException.Invalid("page.page_token", InvalidToken);
        }

        return offset;
    }

    /// <summary>Offset paging: the token of the next page and the total.</summary>
    public static PageResponse NextByOffset(int offset, int size, int total) => new()
    {
        NextPageToken = offset + size < total ? (offset + size).ToString(CultureInfo.InvariantCulture) : "",
        TotalSize = total,
    };
}
