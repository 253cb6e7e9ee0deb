namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// A refusal's text as the code writes it, Chinese first and then, in trailing ASCII parentheses, an
/// English gloss and machine tags: "身份证号码校验位不正确。 (field: borrower.id_number)" or
/// "未找到申请。 (No application with key X.)". On the wire the status message keeps the Chinese, and
/// the gloss and tags move into the google.rpc details (<see cref="StatusDetails"/>).
/// </summary>
public sealed record RefusalText(string Zh, string? En, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Splits off every trailing parenthesis that holds no Chinese, innermost last.</summary>
    public static RefusalText Of(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TrimEnd();
        var english = new List<string>();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        while (TrailingGloss(text) is { } open)
        {
            var inside = text[(open + 2)..^1];
            if (!TryTags(inside, tags))
            {
                english.Insert(0, inside);
            }

            text = text[..open].TrimEnd();
        }

        // A message with nothing to split, or nothing but English (a library's own), stays the
        // message as it came, whitespace and all.
        if (text.Length == 0 || (english.Count == 0 && tags.Count == 0))
        {
            return new RefusalText(message, null, tags);
        }

        return new RefusalText(text, english.Count == 0 ? null : string.Join(" ", english), tags);
    }

    /// <summary>Where " (" opens the message's last parenthesis when it is ASCII gloss; null otherwise.</summary>
    private static int? TrailingGloss(string text)
    {
        if (!text.EndsWith(')'))
        {
            return null;
        }

        var depth = 0;
        for (var i = text.Length - 1; i >= 1; i--)
        {
            var c = text[i];
            if (c > '\u007e')
            {
                return null;
            }

            depth += c switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[i - 1] == ' ' ? i - 1 : null;
            }
        }

        return null;
    }

    /// <summary>"field: a.b; first claim: X; rule: r" — every part a lower-case key and a value.</summary>
    private static bool TryTags(string inside, Dictionary<string, string> tags)
    {
        var parts = inside.Split("; ", StringSplitOptions.TrimEntries);
        var found = new List<KeyValuePair<string, string>>();
        foreach (var part in parts)
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || !part[..colon].All(c => c is (>= 'a' and <= 'z') or ' ') || part[(colon + 2)..].Replace(", ", ",", StringComparison.Ordinal).Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            found.Add(new(part[..colon].Replace(' ', '_'), part[(colon + 2)..]));
        }

        foreach (var (key, value) in found)
        {
            tags.TryAdd(key, value);
        }

        return true;
    }
}
