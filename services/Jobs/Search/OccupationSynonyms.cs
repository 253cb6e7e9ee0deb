using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.ServiceDefaults.Text;

namespace Employment.Jobs.Search;

/// <summary>
/// Free text to occupation codes of the 职业分类大典 (2022): synonyms, colloquial names and common
/// misspellings, kept as data in <c>Search/occupation-synonyms.json</c> (with where each code comes
/// from) rather than literals in code. A term is looked up whole after normalisation.
/// </summary>
public sealed partial class OccupationSynonyms
{
    private const string ResourceName = "Employment.Jobs.occupation-synonyms.json";

    private readonly FrozenDictionary<string, string[]> _codesByTerm;

    private readonly FrozenDictionary<string, string> _namesByCode;

    private OccupationSynonyms(FrozenDictionary<string, string[]> codesByTerm, FrozenDictionary<string, string> namesByCode)
    {
        _codesByTerm = codesByTerm;
        _namesByCode = namesByCode;
    }

    /// <summary>The mapping shipped with the service.</summary>
    public static OccupationSynonyms Shipped { get; } = Load();

    /// <summary>No synonyms at all (text matches only).</summary>
    public static OccupationSynonyms None { get; } = new(FrozenDictionary<string, string[]>.Empty, FrozenDictionary<string, string>.Empty);

    /// <summary>
    /// A code as a person reads it: the name the file gives it without its bracketed note (道路运输服务人员),
    /// else, for a 细类 the file does not list, the name of its 小类; null when the file names neither.
    /// </summary>
    public string? ListedName(string code)
    {
        var parts = (code ?? "").Split('-');
        var group = parts.Length > 3 ? string.Join('-', parts.Take(3)) : code ?? "";
        return _namesByCode.TryGetValue(code ?? "", out var name) ? name
            : _namesByCode.TryGetValue(group, out var groupName) ? groupName
            : null;
    }

    /// <summary>
    /// <see cref="ListedName"/>; for a 小类 the file does not name, the listed occupations under it
    /// (电工等职业); the code itself only when the file knows nothing of it.
    /// </summary>
    public string NameOf(string code)
    {
        if (ListedName(code) is { } name)
        {
            return name;
        }

        var under = _namesByCode.Where(p => p.Key.StartsWith(code + "-", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value).Take(2).ToList();
        return under.Count > 0 ? string.Join("、", under) + "等职业" : $"职业编码 {code}";
    }

    /// <summary>
    /// The codes a term names: those of the listed word it stands for (<see cref="CompoundWords"/>:
    /// itself, else its longest listed ending, else its longest listed beginning); none otherwise.
    /// </summary>
    public IReadOnlyList<string> CodesNamedBy(string term) => Named(TextNormalizer.Normalize(term).Trim());

    /// <summary>
    /// The occupation a posting's title names when the counter gave no code: the title without its
    /// bracketed notes (（包食宿）, （总账）), read as <see cref="CodesNamedBy"/> reads a term; "" when
    /// it names none or more than one.
    /// </summary>
    public string OccupationOfTitle(string title)
    {
        var codes = Named(Bracketed().Replace(TextNormalizer.Normalize(title), "").Trim());
        return codes.Count == 1 ? codes[0] : "";
    }

    // A normalised word's codes, by the listed word it stands for.
    private IReadOnlyList<string> Named(string key) =>
        CompoundWords.ListedPart(key, _codesByTerm.ContainsKey) is { } listed ? _codesByTerm[listed] : [];

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")]
    private static partial Regex Bracketed();

    /// <summary>Every code the mapping names, for checks of the data itself.</summary>
    public IEnumerable<string> Codes => _codesByTerm.Values.SelectMany(c => c).Distinct(StringComparer.Ordinal);

    private static OccupationSynonyms Load()
    {
        using var stream = typeof(OccupationSynonyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the Jobs assembly.");
        var file = JsonSerializer.Deserialize<SynonymFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var occupation in file.Occupations)
        {
            names.TryAdd(occupation.Code, Bracketed().Replace(TextNormalizer.Normalize(occupation.Name), "").Trim());
            foreach (var term in occupation.Terms)
            {
                var key = TextNormalizer.Normalize(term).Trim();
                if (!map.TryGetValue(key, out var codes))
                {
                    map[key] = codes = [];
                }

                if (!codes.Contains(occupation.Code))
                {
                    codes.Add(occupation.Code);
                }
            }
        }

        return new OccupationSynonyms(
            map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record SynonymFile(List<SynonymEntry> Occupations);

    private sealed record SynonymEntry(string Code, string Name, string Check, List<string> Terms);
}
