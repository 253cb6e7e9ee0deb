using System.Globalization;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// Reading an agency row's columns: each value checked as the counter checks what a clerk types, a broken rule naming
/// the column by its header name (the field of the <see cref="DomainRuleException"/>), so the sender reads which cell.
/// </summary>
public static class AgencyColumns
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];
    private static readonly string[] MonthFormats = ["yyyyMM", "yyyy-MM", "yyyy/MM", "yyyy-M"];

    /// <summary>Amounts in yuan are a cell's text, so a bound keeps a slipped digit out; not a policy figure.</summary>
    private const decimal MostYuanPerMonth = 1_000_000m;

    public static string Text(IAgencyRow row, string column, int maxLength, bool required = true) =>
        PlainText.Check(row[column], column, maxLength, column, required);

    /// <summary>A 居民身份证 number with its check character (GB 11643), its birth date not after <paramref name="today"/>.</summary>
    public static string IdNumber(IAgencyRow row, string column, DateOnly today) =>
        ResidentIdNumber.TryParse(row[column], today, out var id, out var error)
            ? id.Value
            : throw DomainRuleException.Invalid(column, $"{column}无效：{error.MessageZh}");

    /// <summary>A 统一社会信用代码 with its check characters (GB 32100), upper case; "" when optional and empty.</summary>
    public static string CreditCode(IAgencyRow row, string column, bool required = true)
    {
        var text = row[column];
        if (text.Length == 0 && !required)
        {
            return "";
        }

        return UnifiedSocialCreditCode.TryParse(text, out var code, out var error)
            ? code.Value
            : throw DomainRuleException.Invalid(column, $"{column}无效：{error.MessageZh}");
    }

    /// <summary>A day (2026-03-01, 20260301 or 2026/03/01); null when optional and empty.</summary>
    public static DateOnly? Date(IAgencyRow row, string column, bool required = true)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return required ? throw DomainRuleException.Invalid(column, $"请填写{column}（如 2026-03-01）。") : null;
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw DomainRuleException.Invalid(column, $"{column}“{PlainText.Quote(text)}”不是有效日期（应如 2026-03-01 或 20260301）。");
    }

    /// <summary>A month (202603 or 2026-03) as its first day.</summary>
    public static DateOnly Month(IAgencyRow row, string column)
    {
        var text = row[column];
        return DateOnly.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw DomainRuleException.Invalid(column, text.Length == 0 ? $"请填写{column}（如 202603）。" : $"{column}“{PlainText.Quote(text)}”不是有效年月（应如 202603）。");
    }

    /// <summary>An amount in yuan with at most two decimals, zero or more, as fen; null when optional and empty.</summary>
    public static long? Fen(IAgencyRow row, string column, bool required = true)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return required ? throw DomainRuleException.Invalid(column, $"请填写{column}（元，如 1234.56）。") : null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan) || decimal.Round(yuan, 2) != yuan)
        {
            throw DomainRuleException.Invalid(column, $"{column}“{PlainText.Quote(text)}”不是有效金额（元，最多两位小数，如 1234.56）。");
        }

        return yuan <= MostYuanPerMonth
            ? (long)(yuan * 100)
            : throw DomainRuleException.Invalid(column, $"{column} {yuan} 元超出合理范围（每月不超过 {MostYuanPerMonth:0} 元），请核对。");
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int Count(IAgencyRow row, string column, int min, int max)
    {
        var text = row[column];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw DomainRuleException.Invalid(column, $"{column}“{PlainText.Quote(text)}”应为 {min} 至 {max} 的整数。");
    }

    /// <summary>是 or 否 (also Y/N, 1/0).</summary>
    public static bool YesNo(IAgencyRow row, string column) => row[column] switch
    {
        "是" or "Y" or "y" or "1" => true,
        "否" or "N" or "n" or "0" => false,
        var text => throw DomainRuleException.Invalid(column, $"{column}应填“是”或“否”（填写的是“{PlainText.Quote(text)}”）。"),
    };

    /// <summary>One of the words (or codes) a column may hold, as the value it stands for.</summary>
    public static T Choice<T>(IAgencyRow row, string column, IReadOnlyDictionary<string, T> choices, string listZh) =>
        choices.TryGetValue(row[column], out var value)
            ? value
            : throw DomainRuleException.Invalid(column, $"{column}“{PlainText.Quote(row[column])}”不是已知的值，应为{listZh}。");
}
