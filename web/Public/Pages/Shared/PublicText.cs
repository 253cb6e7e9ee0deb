using System.Text.RegularExpressions;

namespace Employment.Web.Public.Pages.Shared;

/// <summary>
/// A service's sentence as a person reads it on a public page. The services write for clerks and
/// auditors too: a Chinese sentence with, in brackets, the field, the rule id, the ruling and an
/// English gloss ("… (field: query)", "（startup.business_kind）", "（裁定 R23）", "（规则 jobs.matching.score）"),
/// and regions by code ("地区 410802"). The page keeps the Chinese sentence, with the place's name.
/// </summary>
public static partial class PublicText
{
    /// <summary>Said when a reason has no Chinese of its own left (never expected of our services).</summary>
    public const string Fallback = "填写的内容无法处理，请检查后再试，或到就近的人社服务窗口咨询。";

    public static string Plain(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "";
        }

        var text = LatinBracket().Replace(message, "");
        text = ClerkBracket().Replace(text, "");
        text = BareId().Replace(text, "");
        text = RegionCode().Replace(text, m => Places.NameOf(m.Value) is { Length: > 0 } name ? name : "当地");
        text = text.Replace("地区 ", "", StringComparison.Ordinal).Trim();
        return Chinese().IsMatch(text) ? text : Fallback;
    }

    // "(field: query)", "(No application with this reference and code: field reference, code.)".
    [GeneratedRegex(@"\s*\((?=[A-Za-z])[^()]*\)")]
    private static partial Regex LatinBracket();

    // A bracket, either width, holding a rule id or catalog key, a ruling number or 规则/裁定 with its id:
    // "（startup.business_kind）", "（裁定 R1、R27）", "（规则 jobs.matching.anonymous_nothing_stored）".
    [GeneratedRegex(@"\s*[(（][^()（）]*?([a-z][a-z0-9_]*\.[a-z0-9_.]+|\bR\d{1,2}\b)[^()（）]*[)）]")]
    private static partial Regex ClerkBracket();

    // An id left outside brackets ("规则 startup.opening_subsidy.business_form"): dropped with its label.
    [GeneratedRegex(@"(规则|参数)?\s*\b[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\b")]
    private static partial Regex BareId();

    // A region by its GB/T 2260 code standing alone.
    [GeneratedRegex(@"(?<![\d\-])(4[1-9]\d{4}|CN)(?![\d\-])")]
    private static partial Regex RegionCode();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
