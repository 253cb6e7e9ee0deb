namespace Employment.ServiceDefaults.Text;

/// <summary>
/// Which listed word a typed Chinese word stands for: the word itself; else its longest listed ending,
/// since a compound names its kind last (成本会计 is a 会计, 货车司机 a 司机); else its longest listed
/// beginning (会计助理 works in 会计). A listed word inside names nothing: 护工 in 维护工程师 is not a
/// care worker. The job search and the job seekers' page read occupation words by this one rule.
/// </summary>
public static class CompoundWords
{
    /// <summary>A listed part is at least two characters: one character (工, 员) names nothing.</summary>
    public const int MinPartLength = 2;

    /// <summary>The listed word <paramref name="word"/> stands for, or null.</summary>
    public static string? ListedPart(string word, Func<string, bool> isListed)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(isListed);
        if (isListed(word))
        {
            return word;
        }

        for (var length = word.Length - 1; length >= MinPartLength; length--)
        {
            if (isListed(word[^length..]))
            {
                return word[^length..];
            }
        }

        for (var length = word.Length - 1; length >= MinPartLength; length--)
        {
            if (isListed(word[..length]))
            {
                return word[..length];
            }
        }

        return null;
    }
}
