using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Web.Tests;

/// <summary>
/// What a citizen must not read on a public page: rule ids and catalog keys
/// (<c>training.skill_upgrade.insurance_months_min</c>), region codes (410802 for 解放区), the
/// policy corpus's document codes (豫 D09, (D09)), ruling numbers (R31) and English sentences or
/// fragments ("(field: query)", "Unknown page token"). Ids stay in attributes for clerks' tools and
/// tests; the words a person reads are names, amounts and plain sentences.
/// </summary>
public static partial class PlainChinese
{
    /// <summary>The text a person can read on the page (closed folds included) and the attributes read aloud or shown on hover.</summary>
    public const string ReadableTextScript = """
        (() => {
          const parts = [];
          const walk = (node) => {
            if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
            if (node.nodeType !== Node.ELEMENT_NODE) return;
            const tag = node.tagName.toLowerCase();
            if (tag === 'script' || tag === 'style' || tag === 'datalist') return;
            for (const name of ['title', 'aria-label', 'alt', 'placeholder', 'label']) {
              if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
            }
            for (const child of node.childNodes) walk(child);
          };
          walk(document.documentElement);
          return parts.join('\n');
        })()
        """;

    /// <summary>Every offending fragment of the page's readable text, each with what it is.</summary>
    public static IReadOnlyList<string> Offences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (Match m in DottedId().Matches(text))
        {
            found.Add($"rule id or catalog key “{m.Value}”");
        }

        foreach (Match m in RegionCode().Matches(text))
        {
            found.Add($"region code “{m.Value}”");
        }

        foreach (Match m in CorpusCode().Matches(text))
        {
            found.Add($"corpus document code “{m.Value}”");
        }

        foreach (Match m in RulingNumber().Matches(text))
        {
            found.Add($"ruling number “{m.Value}”");
        }

        foreach (Match m in LatinWords().Matches(text))
        {
            found.Add($"English “{m.Value}”");
        }

        return found;
    }

    /// <summary>Fails naming every offence and the page it is on.</summary>
    public static void AssertPlain(string where, string text)
    {
        var offences = Offences(text);
        Xunit.Assert.True(offences.Count == 0, $"{where}: {string.Join("; ", offences.Distinct())}");
    }

    /// <summary>The page's readable text as the browser has it.</summary>
    public static Task<string> ReadableTextAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>(ReadableTextScript);
    }

    [GeneratedRegex(@"\b[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\b")]
    private static partial Regex DottedId();

    // Six digits standing alone (not part of a phone number, an amount with separators or a date).
    [GeneratedRegex(@"(?<![\d\-.,:/])\d{6}(?![\d\-.,:/])")]
    private static partial Regex RegionCode();

    [GeneratedRegex(@"(豫\s*D\d+|\(D\d+[-A-Z0-9]*\)|\bD\d{2}(-A\d)?\b)")]
    private static partial Regex CorpusCode();

    [GeneratedRegex(@"\bR\d{1,2}\b")]
    private static partial Regex RulingNumber();

    // A Latin word of four letters or more, or two words in a row: units and abbreviations a
    // person knows (KB, QQ, APP, km) are shorter and stand alone.
    [GeneratedRegex(@"[A-Za-z]{4,}|[A-Za-z]+[ :]+[A-Za-z]+")]
    private static partial Regex LatinWords();
}
