namespace Employment.ServiceDefaults.Forms;

/// <summary>A file's types and sizes as a person reads them, the same in a service's refusal and on the page that asks for the file.</summary>
public static class FileWords
{
    /// <summary>The types a material takes: PDF、JPG 或 PNG.</summary>
    public static string TypesZh(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var names = types.Select(t => t.ToUpperInvariant()).ToList();
        return names.Count > 1 ? string.Join("、", names[..^1]) + " 或 " + names[^1] : string.Concat(names);
    }

    /// <summary>A size: 850 KB, 2.5 MB.</summary>
    public static string SizeZh(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
