namespace Employment.IdentityNumbers;

/// <summary>
/// How a person's name is shown to someone who must not identify them (a candidate list for an
/// employer's posting, a public notice): the first character and, for three or more, the last; the
/// rest as *: 张*, 张*明, 欧**锋. Counted in text elements, so a surrogate pair stays whole. A note the
/// registry keeps after the name in brackets ("王五（演示）") is not part of it and is not shown.
/// </summary>
public static class NameMasking
{
    public static string Mask(string? name)
    {
        var text = (name ?? "").Trim();
        var note = text.IndexOfAny(['（', '(']);
        var characters = System.Globalization.StringInfo.GetTextElementEnumerator((note > 0 ? text[..note] : text).Trim());
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
