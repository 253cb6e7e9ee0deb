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
