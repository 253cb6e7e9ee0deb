using Employment.Common.V1;

namespace Employment.ServiceDefaults.Audit;

/// <summary>An audit export's items gathered into messages of the size the caller asked for, each written as it fills.</summary>
public sealed class AuditPageWriter(int pageSize, Func<AuditExportPage, Task> write)
{
    private AuditExportPage _page = new();

    public async Task AddAsync(AuditedItem item)
    {
        _page.Items.Add(item);
        if (_page.Items.Count >= pageSize)
        {
            await FlushAsync();
        }
    }

    /// <summary>
    /// A table's rows read a slice at a time in id order (<see cref="IdOrderedSlices"/>), each slice written as the items
    /// <paramref name="itemsOf"/> makes of it (the rows the export covers), so memory stays flat in the region's size.
    /// </summary>
    public Task AddSlicesAsync<T>(Func<string, Task<List<T>>> sliceAfter, Func<T, string> idOf, int sliceSize, Func<IReadOnlyList<T>, IEnumerable<AuditedItem>> itemsOf)
    {
        ArgumentNullException.ThrowIfNull(itemsOf);
        return IdOrderedSlices.ForEachAsync(sliceAfter, idOf, sliceSize, async slice =>
        {
            foreach (var item in itemsOf(slice))
            {
                await AddAsync(item);
            }
        });
    }

    /// <summary>Writes what is gathered, if anything: once more at the end of the export.</summary>
    public async Task FlushAsync()
    {
        if (_page.Items.Count > 0)
        {
            await write(_page);
            _page = new AuditExportPage();
        }
    }
}
