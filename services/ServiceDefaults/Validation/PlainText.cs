using System.Globalization;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// The one check for text a person types (names, reasons, purposes), for every service: trimmed, bounded, and free of control and format characters — NUL, ANSI escapes,
/// CR/LF and bidirectional overrides such as U+202E would let a value forge a log line or display
/// reversed on a clerk's screen. A refusal quotes at most a short prefix of the value.
/// </summary>
public static class PlainText
{
    /// <summary>How much of a refused value a message quotes.</summary>
    public const int QuotedPrefix = 16;

    /// <summary>The longest reason a clerk gives for a change, a correction or a refusal.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// The trimmed text; a broken rule (INVALID_ARGUMENT naming the field) when empty (if required), too
    /// long or not plain. A domain exception, so that Domain/ code may use this rule without knowing gRPC.
    /// </summary>
    public static string Check(string? value, string field, int maxLength, string labelZh, bool required = true)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            return required ? throw DomainRuleException.Invalid(field, $"请填写{labelZh}（1至{maxLength}个字）。") : text;
        }

        if (text.Length > maxLength)
        {
            throw DomainRuleException.Invalid(field, $"{labelZh}过长：{text.Length} 个字符，最多 {maxLength} 个。");
        }

        foreach (var c in text)
        {
            if (!IsPlain(c))
            {
                throw DomainRuleException.Invalid(field, $"{labelZh}含有不可见的控制字符 U+{(int)c:X4}，请重新输入。");
            }
        }

        return text;
    }

    /// <summary>
    /// Text that names or refers to something a clerk copies from a paper (an institution's or an
    /// occupation's name, a certificate number, an evidence reference): <see cref="Check"/>, and its
    /// digits and Latin letters half-width. A full-width "２０２４" would not match the same reference
    /// typed half-width, so a duplicate would pass unnoticed; full-width punctuation such as （） stays.
    /// </summary>
    public static string Reference(string? value, string field, int maxLength, string labelZh, bool required = true)
    {
        var text = Check(value, field, maxLength, labelZh, required);
        foreach (var c in text)
        {
            if (c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A'))
            {
                throw DomainRuleException.Invalid(field, $"{labelZh}含有全角字母或数字“{c}”，请用半角字母和数字输入。");
            }
        }

        return text;
    }

    /// <summary>
    /// The first character no request field may carry, or null: control characters other than tab and
    /// line breaks, and format characters other than the zero-width joiners of emoji and scripts —
    /// NUL, ANSI escapes, bidirectional overrides (U+202E) and the like. For every string of every
    /// request (<see cref="Protocol.RequestLimits"/>); a field that names or refers to something is
    /// held to <see cref="Check"/> by its service as well.
    /// </summary>
    public static char? FirstForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a pair: one character beyond the basic plane (an emoji, a rare hanzi)
                continue;
            }

            var forbidden = char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.Control => c is not ('\t' or '\n' or '\r'),
                UnicodeCategory.Format => c is not ('\u200C' or '\u200D'),
                UnicodeCategory.Surrogate => true,
                _ => c is '\uFFFE' or '\uFFFF',
            };
            if (forbidden)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A value quoted in a message: at most <see cref="QuotedPrefix"/> characters, control characters replaced.</summary>
    public static string Quote(string? value) => Quote(value, QuotedPrefix);

    /// <summary>A value quoted in a message: at most <paramref name="maxChars"/> characters (a key a clerk will look up again), control characters replaced.</summary>
    public static string Quote(string? value, int maxChars)
    {
        var text = value ?? "";
        var prefix = new string(text.Take(maxChars).Select(c => IsPlain(c) ? c : '\uFFFD').ToArray());
        return text.Length > maxChars ? prefix + "…" : prefix;
    }

    private static bool IsPlain(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
