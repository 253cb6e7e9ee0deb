namespace Employment.Policy.Api;

/// <summary>Where the catalog and its configuration values are. Section "Policy".</summary>
public sealed class PolicyCatalogOptions
{
    /// <summary>The catalog folder; by default the copy beside the binaries.</summary>
    public string CatalogPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "policy-catalog");

    /// <summary>Folders of deployment or sample configuration values (ruling R3).</summary>
    public List<string> ConfigurationPaths { get; set; } = new();
}
