using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Screening;

/// <summary>
/// The restricting phrases per R29 condition and the look-alikes that do not restrict, as data
/// (<c>screening-phrases.json</c>, with the law each condition cites), read once.
/// </summary>
public sealed class ScreeningPhrases
{
    private const string ResourceName = "Employment.Jobs.screening-phrases.json";

    private readonly IReadOnlyList<(ScreeningCondition Condition, string Phrase)> _restricting;
    private readonly IReadOnlyList<string> _notRestricting;

    private ScreeningPhrases(IReadOnlyList<(ScreeningCondition, string)> restricting, IReadOnlyList<string> notRestricting, FrozenDictionary<ScreeningCondition, string> labels, FrozenDictionary<ScreeningCondition, string> laws)
    {
        _restricting = restricting;
        _notRestricting = notRestricting;
        Labels = labels;
        Laws = laws;
    }

    public static ScreeningPhrases Shipped { get; } = Load();

    /// <summary>The condition's Chinese name (性别, 户籍…).</summary>
    public FrozenDictionary<ScreeningCondition, string> Labels { get; }

    /// <summary>The clause a refusal names for the condition: the first the file has read in the documents' own texts (else the first it lists).</summary>
    public FrozenDictionary<ScreeningCondition, string> Laws { get; }

    /// <summary>
    /// The restricting phrases in <paramref name="text"/>, once per condition. Look-alikes (不限男女,
    /// 单身公寓) are blanked out first so that the phrases inside them (限男, 单身) are not read.
    /// </summary>
    public IEnumerable<(ScreeningCondition Condition, string Phrase)> Find(string text)
    {
        var plain = Compact(text);
        if (plain.Length == 0)
        {
            yield break;
        }

        foreach (var lookAlike in _notRestricting)
        {
            plain = plain.Replace(lookAlike, new string('\u3000', lookAlike.Length), StringComparison.Ordinal);
        }

        var seen = new HashSet<ScreeningCondition>();
        foreach (var (condition, phrase) in _restricting)
        {
            if (!seen.Contains(condition) && plain.Contains(phrase, StringComparison.Ordinal))
            {
                seen.Add(condition);
                yield return (condition, phrase);
            }
        }
    }

    /// <summary>The age bounds <paramref name="text"/> states about the worker (<see cref="StatedAges"/>), read as the phrases are.</summary>
    public static IEnumerable<StatedAge> FindAges(string text) => StatedAges.Find(Compact(text));

    // Normalised (full-width to half-width, lower case) and without white space: "性别： 男" reads as "性别:男".
    private static string Compact(string text)
    {
        var normal = TextNormalizer.Normalize(text);
        var compact = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    private static ScreeningPhrases Load()
    {
        using var stream = typeof(ScreeningPhrases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the Jobs assembly.");
        var file = JsonSerializer.Deserialize<PhraseFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        var restricting = new List<(ScreeningCondition, string)>();
        var notRestricting = new List<string>();
        var labels = new Dictionary<ScreeningCondition, string>();
        var laws = new Dictionary<ScreeningCondition, string>();
        foreach (var entry in file.Conditions)
        {
            var condition = Enum.Parse<ScreeningCondition>(entry.Condition);
            if (entry.Law.Count == 0)
            {
                throw new InvalidOperationException($"{ResourceName}: {entry.Condition} cites no law.");
            }

            labels[condition] = entry.Label;
            laws[condition] = (entry.Law.FirstOrDefault(l => l.Check == "verified") ?? entry.Law[0]).Text;
            restricting.AddRange(entry.Phrases.Select(p => (condition, Compact(p))));
            notRestricting.AddRange(entry.NotRestricting.Select(Compact));
        }

        // Longer look-alikes first, so that one containing another is blanked whole.
        return new ScreeningPhrases(restricting, [.. notRestricting.OrderByDescending(p => p.Length)], labels.ToFrozenDictionary(), laws.ToFrozenDictionary());
    }

    private sealed record PhraseFile(List<ConditionEntry> Conditions);

    private sealed record ConditionEntry(string Condition, string Label, List<LawEntry> Law, List<string> Phrases, List<string> NotRestricting);

    private sealed record LawEntry(string Text, string Check);
}
