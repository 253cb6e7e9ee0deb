namespace Employment.ServiceDefaults.Data;

/// <summary>Record ids: a letter for the kind of record and a time-ordered GUID (v7), so ids sort by creation.</summary>
public static class RecordIds
{
    public static string New(string prefix) => prefix + Guid.CreateVersion7().ToString("N");
}
