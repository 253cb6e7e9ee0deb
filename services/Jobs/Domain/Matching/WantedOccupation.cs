using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// One occupation a seeker asks for, as they asked: a word they typed (司机, 货车司机) with the codes the
/// search's synonyms read it as, or a 职业分类大典 code chosen from a list, shown by its name. Matching
/// reads a word as the job search reads a query: the occupations it names, and postings whose title
/// holds it (a 叉车司机 is a 司机 to the person who typed 司机, as it is to the search).
/// </summary>
/// <param name="TextZh">What the seeker reads back: the word as typed, or the code's name.</param>
/// <param name="Codes">The codes it stands for (a 小类 is every 细类 under it).</param>
/// <param name="Word">The normalised word when typed (compared with posting titles); "" for a code.</param>
public sealed record WantedOccupation(string TextZh, IReadOnlyList<string> Codes, string Word)
{
    /// <summary>A code chosen from a list, named as the synonyms name it.</summary>
    public static WantedOccupation OfCode(string code, OccupationSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        return new(synonyms.NameOf(code), [code], "");
    }

    /// <summary>A typed word, with the codes the search reads it as.</summary>
    public static WantedOccupation OfWord(string word, OccupationSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        return new(word, synonyms.CodesNamedBy(word), TextNormalizer.Normalize(word).Trim());
    }

    /// <summary>Codes and words together, codes first, as a seeker's list.</summary>
    public static IReadOnlyList<WantedOccupation> Of(IEnumerable<string> codes, IEnumerable<string> words, OccupationSynonyms synonyms) =>
        [.. codes.Select(c => OfCode(c, synonyms)), .. words.Select(w => OfWord(w, synonyms))];

    /// <summary>Every code the list stands for, once.</summary>
    public static IReadOnlyList<string> CodesOf(IEnumerable<WantedOccupation> wanted) =>
        wanted.SelectMany(w => w.Codes).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether a posting's title holds the typed word (after the search's normalisation).</summary>
    public bool InTitle(string title) => Word.Length > 0 && TextNormalizer.Normalize(title).Contains(Word, StringComparison.Ordinal);
}
