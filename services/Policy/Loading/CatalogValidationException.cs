using Employment.Policy.Model;

namespace Employment.Policy.Loading;

/// <summary>One problem found in the catalog, with the file and line to fix.</summary>
public sealed record CatalogError(CatalogLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>The catalog is not valid; a service must not start with it. Lists every problem found.</summary>
public sealed class CatalogValidationException(IReadOnlyList<CatalogError> errors)
    : Exception($"The policy catalog has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<CatalogError> Errors { get; } = errors;
}
