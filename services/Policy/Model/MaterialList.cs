namespace Employment.Policy.Model;

/// <summary>One file a measure's application takes (申报材料): what it is called, whether it must be given, which kinds of file, how large.</summary>
public sealed record MaterialItem(string Kind, string NameZh, bool Required, IReadOnlyList<string> FileTypes, long MaxBytes, string HintZh);

/// <summary>
/// A measure's 申报材料 in a region from a day (a configuration file's <c>materials:</c>, README "Materials"): the documents
/// list none, so every list is a bureau's configuration with its source (R3), a demo's marked sample.
/// </summary>
public sealed record MaterialList(string Measure, Region Region, DateOnly From, DateOnly? Until, string Source, bool IsSample, IReadOnlyList<MaterialItem> Items, CatalogLocation Location)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date <= Until);
}
