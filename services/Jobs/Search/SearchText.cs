using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Search;

/// <summary>
/// One whitespace-separated part of a query: its tokens, and the occupation codes it names. A
/// posting matches the term when its text has every token, or its occupation is one of the codes
/// (财会 finds a posting coded 2-06-03 whose title says 会计).
/// </summary>
public sealed record QueryTerm(string Text, IReadOnlyList<string> Tokens, IReadOnlyList<string> OccupationCodes)
{
    /// <summary>
    /// A term whose tokens can be consecutive in a stream. One holding a lone character among other
    /// tokens (a电b) cannot: single characters sit in the stream's tail.
    /// </summary>
    public bool IsPhrase => Tokens.Count == 1 || !Tokens.Any(TextAnalyzer.IsSingleCharacter);

    /// <summary>
    /// The 小类 around each 细类 the term names: their other occupations are its neighbours (焊工
    /// 6-18-02-04 beside the other 6-18-02 workers), found after every posting the words match. A
    /// 小类 the term names already covers its 细类, so it adds none.
    /// </summary>
    public IReadOnlyList<string> NeighbourGroups => OccupationCodes
        .Where(c => c.Count(s => s == '-') == 3)
        .Select(Domain.Matching.Occupations.GroupOf)
        .Except(OccupationCodes, StringComparer.Ordinal)
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>
/// A query as the engines use it: its terms (all must match) and the occupation codes its words
/// name through <see cref="OccupationSynonyms"/>. No terms means browsing (newest first).
/// </summary>
public sealed record SearchText(IReadOnlyList<QueryTerm> Terms)
{
    public const int MaxLength = 100;
    public const int MaxTerms = 8;

    public bool IsBrowse => Terms.Count == 0;

    /// <summary>Every 小类 a term's neighbours are in.</summary>
    public IReadOnlyList<string> NeighbourGroups => Terms.SelectMany(t => t.NeighbourGroups).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every occupation code any term names.</summary>
    public IReadOnlyList<string> OccupationCodes => Terms.SelectMany(t => t.OccupationCodes).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every distinct token of every term.</summary>
    public IReadOnlyList<string> AllTokens => Terms.SelectMany(t => t.Tokens).Distinct(StringComparer.Ordinal).ToList();

    /// <exception cref="DomainRuleException">The query is longer than <see cref="MaxLength"/> or has more than <see cref="MaxTerms"/> terms.</exception>
    public static SearchText Parse(string? query, OccupationSynonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var normalized = TextNormalizer.Normalize(query).Trim();
        if (normalized.Length > MaxLength)
        {
            throw DomainRuleException.Invalid("query", $"搜索词最多 {MaxLength} 个字。 (The query is longer than {MaxLength} characters.)");
        }

        var terms = new List<QueryTerm>();
        foreach (var part in normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = TextAnalyzer.TermTokens(part);
            if (tokens.Count > 0)
            {
                terms.Add(new QueryTerm(part, tokens, synonyms.CodesNamedBy(part)));
            }
        }

        if (terms.Count > MaxTerms)
        {
            throw DomainRuleException.Invalid("query", $"搜索词最多 {MaxTerms} 组（以空格分隔）。 (The query has more than {MaxTerms} terms.)");
        }

        return new SearchText(terms);
    }
}
