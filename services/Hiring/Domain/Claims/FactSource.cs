namespace Employment.Hiring.Domain.Claims;

/// <summary>
/// Where a fact about a claimant or founder came from, as the explanation shows it: a fact the registry
/// records (with its document), or, when the registry records none of that kind, what the clerk stated
/// at the counter with the evidence seen (the fallback).
/// </summary>
public sealed record FactSource(bool FromRegistry, string Reference)
{
    /// <summary>Nothing recorded and nothing stated: the fact is taken as not holding.</summary>
    public static readonly FactSource Unknown = new(false, "");

    public static FactSource Registry(string reference) => new(true, reference);

    public static FactSource Stated(string evidence) => new(false, evidence);

    /// <summary>The source column of an explanation's fact.</summary>
    public string Display => FromRegistry
        ? $"登记系统记录{Suffix}"
        : Reference.Length == 0 ? "未记录，窗口亦未核验" : $"窗口核验（登记系统未记录）{Suffix}";

    private string Suffix => Reference.Length == 0 ? "" : $"：{Reference}";
}
