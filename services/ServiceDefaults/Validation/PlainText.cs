using System.Globalization;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// The one check for text a person types (names, reasons, purposes), for every service (issue 12, low
/// items and item 7): trimmed, bounded, and free of control and format characters — NUL, ANSI escapes,
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

    /// <summary>A value quoted in a message: at most <see cref="QuotedPrefix"/> characters, control characters replaced.</summary>
    public static string Quote(string? value)
    {
        var text = value ?? "";
        var prefix = new string(text.Take(QuotedPrefix).Select(c => IsPlain(c) ? c : '\uFFFD').ToArray());
        return text.Length > QuotedPrefix ? prefix + "…" : prefix;
    }

    private static bool IsPlain(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
