using Employment.Common.V1;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// The one rule for a region a request names as a place — where a person lives or is registered, where
/// an employer or a loan is (the registry and the loans service once disagreed on the same
/// field): a six-digit administrative division code (GB/T 2260) of a city, county, district or zone,
/// such as 410800, 410802 or 419001. "CN" and province codes (410000) name no place a clerk registers;
/// they stay valid where a request asks about policy scope (the policy catalog's own rule).
/// </summary>
public static class RegionCodes
{
    /// <summary>
    /// The code; empty when <paramref name="required"/> is false and none was given; otherwise a broken
    /// rule naming the field (INVALID_ARGUMENT), a domain exception so that Domain/ code may use it.
    /// </summary>
    public static string Place(RegionCode? region, string field, bool required) =>
        Place(region?.Code ?? "", field, required);

    /// <summary>The same rule for a code held as text (Domain/ code, which holds no contract types).</summary>
    public static string Place(string code, string field, bool required)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 0)
        {
            return required ? throw DomainRuleException.Invalid(field, "请提供地区代码（如焦作市 410800、解放区 410802、济源示范区 419001）。") : code;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || code[0] == '0' || code.EndsWith("0000", StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid(field, $"地区代码“{PlainText.Quote(code)}”无效：应为市、县（区）或示范区的六位行政区划代码，如 410802。");
        }

        return code;
    }
}
