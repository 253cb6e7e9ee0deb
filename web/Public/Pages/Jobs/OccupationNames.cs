using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.ServiceDefaults.Text;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>
/// Occupation names a person can type on 岗位匹配 instead of a 职业分类大典 code: the names and
/// everyday terms of the job-matching service's own synonyms file (<c>services/Jobs/Search/occupation-synonyms.json</c>,
/// embedded here from the same file), so 电工 or 维修电工 means 6-31-01-03 on the page as in the search.
/// </summary>
public static partial class OccupationNames
{
    private const string ResourceName = "Employment.Web.Public.occupation-synonyms.json";

    public sealed record Occupation(string Code, string NameZh, IReadOnlyList<string> Terms);

    /// <summary>Every occupation the file names, in its order (the page's list of names).</summary>
    public static IReadOnlyList<Occupation> All { get; } = Load();

    /// <summary>
    /// The code a typed item stands for: a code as typed (6-31-01-03, 2-06-03), or the code of the
    /// occupation whose name or term it is or ends with or begins with (after folding full-width forms
    /// and case); null when it is none of these.
    /// </summary>
    public static string? CodeFor(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var folded = Fold(item);
        if (CodeShape().IsMatch(folded))
        {
            return folded;
        }

        // A word that ends (or, failing that, begins) with a listed one stands for it, as in the search:
        // 货车司机 is a 司机, 会计助理 works in 会计.
        return CompoundWords.ListedPart(folded, CodesByWord.ContainsKey) is { } listed ? CodesByWord[listed] : null;
    }

    // Every name and term, folded, with its code: the first occupation to list a word keeps it.
    private static readonly Dictionary<string, string> CodesByWord = All
        .SelectMany(o => o.Terms.Prepend(o.NameZh).Select(w => (Word: Fold(w), o.Code)))
        .DistinctBy(w => w.Word)
        .ToDictionary(w => w.Word, w => w.Code, StringComparer.Ordinal);

    /// <summary>Whether a typed item is a code (a 小类 or 细类) rather than a word.</summary>
    public static bool IsCode(string item) => CodeShape().IsMatch(Fold(item ?? ""));

    /// <summary>The name the list gives a code, if it holds it.</summary>
    public static string? NameOf(string code) => All.FirstOrDefault(o => o.Code == code)?.NameZh;

    /// <summary>
    /// A 小类 as a person reads it: its own name when the list holds one, else the names of the listed
    /// 细类 under it (at most three: 电工、维修电工); null when the list knows none of it.
    /// </summary>
    public static string? GroupNameOf(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Length == 0)
        {
            return null;
        }

        if (NameOf(group) is { } name)
        {
            return name;
        }

        var under = All.Where(o => o.Code.StartsWith(group + "-", StringComparison.Ordinal)).Select(o => o.NameZh).Distinct().Take(3).ToList();
        return under.Count == 0 ? null : string.Join("、", under);
    }

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
