namespace Employment.Gateway.Web;

/// <summary>The job seekers' pages, bound from the <c>Web</c> section of gateway.json.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Serve the pages at all (an API-only gateway turns them off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a page waits for one service before it shows that service as unavailable.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
