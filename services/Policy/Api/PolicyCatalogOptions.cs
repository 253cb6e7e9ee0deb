namespace Employment.Policy.Api;

/// <summary>Where the catalog is and which part of it a service decides in. Section "Policy".</summary>
public sealed class PolicyCatalogOptions
{
    /// <summary>The catalog folder; by default the copy beside the binaries.</summary>
    public string CatalogPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "policy-catalog");

    /// <summary>Folders of deployment or sample configuration values (ruling R3).</summary>
    public List<string> ConfigurationPaths { get; set; } = new();

    /// <summary>The domains this service decides in; empty for all. (What is published is every domain, by the policy-catalog service.)</summary>
    public List<string> Domains { get; set; } = new();
}
