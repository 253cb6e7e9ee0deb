using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// Which region's rules judged a borrower, and why. The loan documents govern the loans issued in
/// their region and its finance shares the subsidy, so the place of the loan chooses the rules; where
/// it sets no value of its own the region above it gives one, the most specific winning (R2). The
/// borrower's own 户籍地 chooses nothing, and as a registry fact it is not a bank's to read.
/// </summary>
/// <param name="DocumentRegions">The regions whose documents or configuration gave the values applied, most specific first.</param>
internal sealed record RulesBasis(Region Region, IReadOnlyList<Region> DocumentRegions, string BasisZh)
{
    /// <summary>The ruling behind the basis: regions, the most specific with a value in force winning.</summary>
    public const string RulingId = "R2";

    /// <summary>The basis of a judgement whose explanations cite <paramref name="explanations"/>' values.</summary>
    public static RulesBasis Of(Region region, IEnumerable<Explanation> explanations)
    {
        var cited = explanations
            .SelectMany(e => e.Checks)
            .SelectMany(c => c.Citations)
            .Select(c => c.Region?.Code)
            .ToHashSet(StringComparer.Ordinal);
        var documentRegions = region.Chain().Where(r => cited.Contains(r.Code)).ToList();
        var place = NameOf(region.Code);
        var basis = documentRegions.Count == 0
            ? $"按放款地{place}的规定判断，同一事项以最具体地区的规定为准（裁定 {RulingId}）。"
            : $"按放款地{place}的规定判断：适用{string.Join("、", documentRegions.Select(r => NameOf(r.Code)))}的政策，同一事项以最具体地区的规定为准（裁定 {RulingId}）。";
        return new RulesBasis(region, documentRegions, basis);
    }

    /// <summary>A region as a sentence names it; its code where the platform does not serve it.</summary>
    public static string NameOf(string code) => Places.ProperNameOf(code) is { Length: > 0 } name ? name : $"地区 {code}";
}
