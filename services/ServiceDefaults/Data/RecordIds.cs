namespace Employment.ServiceDefaults.Data;

/// <summary>Record ids: a letter for the kind of record and a time-ordered GUID (v7), so ids sort by creation.</summary>
public static class RecordIds
{
    public static string New(string prefix) => prefix + Guid.CreateVersion7().ToString("N");

    /// <summary>
    /// Whether <paramref name="id"/> has the shape of a record id: a capital letter for the kind, then
    /// 1 to 40 lowercase letters, digits and hyphens (<see cref="New"/>'s 32 hex digits, or a demo
    /// record's "L-demo-0001").
    /// </summary>
    public static bool IsWellFormed(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is < 2 or > 41 || !char.IsAsciiLetterUpper(id[0]))
        {
            return false;
        }

        foreach (var c in id.AsSpan(1))
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
