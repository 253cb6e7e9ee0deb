namespace Employment.Jobs.Search;

/// <summary>
/// Turns text into the tokens both engines index and query. PostgreSQL's parser keeps a run of
/// Chinese characters as one token and FTS5's unicode61 does the same, so the analysis is done here,
/// once, in C#: each Chinese run becomes its overlapping bigrams (财务会计 → 财务 务会 会计) and each
/// ASCII run a word (cad, c2). A field's stream is those tokens in reading order, so that a phrase is
/// a run of consecutive positions, followed by every single Chinese character, so that a
/// one-character query (电, 厨) still has something to match.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>The tokens of a title or description, in stream order (bigrams and words, then single characters).</summary>
    public static IReadOnlyList<string> IndexTokens(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = Sequence(normalized, loneCharacters: false);
        foreach (var c in normalized)
        {
            if (CharClass.IsHan(c))
            {
                tokens.Add(c.ToString());
            }
        }

        return tokens;
    }

    /// <summary>
    /// The tokens of one query term (already normalised), in phrase order. A Chinese run of two or
    /// more characters is its bigrams, never its characters (电工 must not match 电子商务 through 电);
    /// a lone character is itself, and matches the single characters of the stream.
    /// </summary>
    public static IReadOnlyList<string> TermTokens(string normalizedTerm) => Sequence(normalizedTerm, loneCharacters: true);

    /// <summary>A single Chinese character: a token of the stream's tail, never adjacent to a phrase.</summary>
    public static bool IsSingleCharacter(string token) => token.Length == 1 && CharClass.IsHan(token[0]);

    private static List<string> Sequence(string text, bool loneCharacters)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (CharClass.IsHan(text[i]))
            {
                while (i < text.Length && CharClass.IsHan(text[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    if (loneCharacters)
                    {
                        tokens.Add(text[start].ToString());
                    }
                }
                else
                {
                    for (var j = start; j + 1 < i; j++)
                    {
                        tokens.Add(text.Substring(j, 2));
                    }
                }
            }
            else if (CharClass.IsWord(text[i]))
            {
                while (i < text.Length && CharClass.IsWord(text[i]))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }
}
