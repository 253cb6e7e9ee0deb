namespace Employment.Policy.Model;

/// <summary>
/// Where a refusal made in a region may be challenged from a day (a configuration file's <c>remedies:</c>, ruling R32): the
/// 行政复议 body and the court of first instance. The documents name neither, so each is a bureau's configuration with
/// its source, a demo's marked sample.
/// </summary>
public sealed record RemedyBodies(Region Region, DateOnly From, DateOnly? Until, string ReviewBodyZh, string CourtZh, string Source, bool IsSample, CatalogLocation Location)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date <= Until);
}
