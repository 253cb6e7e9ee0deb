using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// The checks for the numbers and codes a service stores, beside <see cref="PlainText"/> for its text,
/// so that every service refuses what the registry refuses: a count outside its range, a credit code
/// whose check character does not hold, an account number that is not one. Each is a domain exception
/// (INVALID_ARGUMENT naming the field) that Domain/ code may use.
/// </summary>
public static class StoredFields
{
    /// <summary>The longest 社会保障卡 or bank account number a payment goes to (bank cards are 16–19 digits).</summary>
    public const int AccountMaxLength = 32;

    /// <summary>The value, unless it lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, string field, int min, int max, string labelZh) =>
        value >= min && value <= max ? value : throw DomainRuleException.Invalid(field, $"{labelZh}应在 {min} 至 {max} 之间，收到的是 {value}。");

    /// <summary>
    /// A 统一社会信用代码 checked with its check character, as stored (upper case); empty when not
    /// <paramref name="required"/> and none was given.
    /// </summary>
    public static string CreditCode(string? value, string field, string labelZh, bool required = true)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            return required ? throw DomainRuleException.Invalid(field, $"请填写{labelZh}的统一社会信用代码（18 位）。") : text;
        }

        return UnifiedSocialCreditCode.TryParse(text, out var code, out var error)
            ? code.Value
            : throw DomainRuleException.Invalid(field, $"{labelZh}的统一社会信用代码无效：{error.MessageZh}");
    }

    /// <summary>
    /// A payment account (社会保障卡 or bank account number): half-width digits, optionally grouped by
    /// spaces or hyphens as printed on a card, stored without them; empty when not required and none was given.
    /// </summary>
    public static string Account(string? value, string field, string labelZh, bool required = false)
    {
        var text = PlainText.Check(value, field, AccountMaxLength + 8, labelZh, required);
        var digits = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                throw DomainRuleException.Invalid(field, $"{labelZh}只能由半角数字组成（可用空格或短横线分组），不能含有“{PlainText.Quote(c.ToString())}”。");
            }
        }

        return digits.Length is > 0 and <= AccountMaxLength || (digits.Length == 0 && !required)
            ? digits.ToString()
            : throw DomainRuleException.Invalid(field, $"{labelZh}应为 1 至 {AccountMaxLength} 位数字。");
    }
}
