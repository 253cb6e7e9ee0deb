namespace Employment.Web.Public;

/// <summary>How long a page waits, bound from the <c>PublicSite</c> section. Where the site listens is
/// <c>Listen:Address</c> and <c>Listen:Port</c>, as for every service host.</summary>
public sealed class PublicSiteOptions
{
    public const string SectionName = "PublicSite";

    /// <summary>How long a page waits for one service before it shows that service as unavailable.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
