using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Employment.Gateway.Web;

/// <summary>
/// Occupation names a person can type on 岗位匹配 instead of a 职业分类大典 code: the names and
/// everyday terms of the job-matching service's own synonyms file (<c>services/Jobs/Search/occupation-synonyms.json</c>,
/// embedded here from the same file), so 电工 or 维修电工 means 6-31-01-03 on the page as in the search.
/// </summary>
public static partial class OccupationNames
{
    private const string ResourceName = "Employment.Gateway.Web.occupation-synonyms.json";

    public sealed record Occupation(string Code, string NameZh, IReadOnlyList<string> Terms);

    /// <summary>Every occupation the file names, in its order (the page's list of names).</summary>
    public static IReadOnlyList<Occupation> All { get; } = Load();

    /// <summary>
    /// The code a typed item stands for: a code as typed (6-31-01-03, 2-06-03), or the code of the
    /// occupation whose name or term it is (after folding full-width forms and case); null when it is neither.
    /// </summary>
    public static string? CodeFor(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var folded = Fold(item);
        if (CodeShape().IsMatch(folded))
        {
            return folded;
        }

        return All.FirstOrDefault(o => Fold(o.NameZh) == folded || o.Terms.Any(t => Fold(t) == folded))?.Code;
    }

    /// <summary>The name the list gives a code, if it holds it.</summary>
    public static string? NameOf(string code) => All.FirstOrDefault(o => o.Code == code)?.NameZh;

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();

    // A 小类 (three segments) or a 细类 (four), as the contract takes them.
    [GeneratedRegex(@"^\d-\d{2}-\d{2}(-\d{2})?$")]
    private static partial Regex CodeShape();

    private static List<Occupation> Load()
    {
        using var stream = typeof(OccupationNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the gateway assembly.");
        var file = JsonSerializer.Deserialize<SynonymFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return file.Occupations.Select(o => new Occupation(o.Code, o.Name, o.Terms)).ToList();
    }

    private sealed record SynonymFile(List<SynonymEntry> Occupations);

    private sealed record SynonymEntry(string Code, string Name, List<string> Terms);
}
