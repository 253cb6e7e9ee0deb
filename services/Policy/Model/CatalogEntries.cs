namespace Employment.Policy.Model;

/// <summary>Where in the catalog files something was written, for error messages.</summary>
public readonly record struct CatalogLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A policy document as the catalog records it.</summary>
public sealed record PolicyDocument(
    string Id,
    string Number,
    string Title,
    string IssuingBody,
    DateOnly? Date,
    Region Region,
    string? SeedFile,
    string? Note,
    CatalogLocation Location);

/// <summary>One measure of a document: a clause and the parameters it sets.</summary>
public sealed record PolicyMeasure(
    PolicyDocument Document,
    string Id,
    string Domain,
    string Title,
    string Clause,
    string? SeedLines,
    string? Quote,
    IReadOnlyList<ParameterValue> Parameters,
    CatalogLocation Location)
{
    /// <summary>document id / measure id: unique in the catalog.</summary>
    public string QualifiedId => Document.Id + "/" + Id;

    /// <summary>
    /// What the public list says beside the measure that its figures do not (<c>reader_note</c>, Chinese):
    /// a gap the document leaves that a reader would otherwise fill with a guess.
    /// </summary>
    public string? ReaderNote { get; init; }
}

/// <summary>
/// Where a value comes from: a document's clause, or configuration (ruling R3) with the source the
/// deployment gave it.
/// </summary>
public sealed record PolicySource(
    string DocumentNumber,
    string Title,
    string Clause,
    string IssuingBody,
    Region Region,
    DateOnly? DocumentDate,
    string? SeedFile,
    string? SeedLines,
    string? Quote,
    string? RulingId,
    bool IsConfiguration)
{
    public string Display() => IsConfiguration
        ? $"配置值（{DocumentNumber}）"
        : $"{DocumentNumber} {Clause}".Trim() + (RulingId is null ? "" : $"（裁定 {RulingId}）");
}

/// <summary>One value of one parameter, in force in one region for one period.</summary>
public sealed record ParameterValue(
    string Key,
    PolicyValue Value,
    Region Region,
    DateOnly From,
    DateOnly? Until,
    PolicySource Source,
    bool IsSample,
    string? MeasureQualifiedId,
    CatalogLocation Location)
{
    public PolicyUnit Unit => Value.Unit;

    /// <summary>What the value is as a person reads it (the catalog's name of <see cref="Key"/>); set once, as the catalog loads.</summary>
    public string NameZh { get; internal set; } = "";

    public bool InForceOn(DateOnly date) => date >= From && (Until is null || date <= Until);
}

/// <summary>A value the documents do not give (ruling R3): declared so decisions can name what is missing.</summary>
public sealed record ConfigurationParameter(string Key, PolicyUnit Unit, string Domain, string Title, string Why, CatalogLocation Location);
