namespace Employment.Identity;

/// <summary>
/// How a name reads on a public notice (公示名单): the family name's first character and the last
/// character of a name of three or more, the rest as *: 张*, 张*明, 欧**锋. Enough for the person to
/// find themselves, not enough to identify a stranger.
/// </summary>
public static class NameMasking
{
    public static string Mask(string name)
    {
        var characters = System.Globalization.StringInfo.GetTextElementEnumerator((name ?? "").Trim());
        var elements = new List<string>();
        while (characters.MoveNext())
        {
            elements.Add(characters.GetTextElement());
        }

        return elements.Count switch
        {
            0 => "",
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
}
