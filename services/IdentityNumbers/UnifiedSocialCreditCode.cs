using System.Diagnostics.CodeAnalysis;

namespace Employment.IdentityNumbers;

/// <summary>
/// A validated 18-character unified social credit code (统一社会信用代码, GB 32100-2015) of a legal
/// entity or other organisation: registration authority code (position 1), entity type code (2),
/// administrative division code (3-8, digits), organisation code (9-17, itself checked per
/// GB 11714 in position 17) and a MOD 31 check character (18). Characters come from
/// <c>0-9A-Z</c> without I, O, S, V and Z.
/// </summary>
/// <remarks>
/// The registration authority and entity type codes are not checked against the list of assigned
/// codes (the list grows; an unlisted code is not a typo a checksum would miss), nor is the division
/// code checked against GB/T 2260. <see cref="ToString"/> returns the <see cref="Masked"/> form.
/// </remarks>
public sealed class UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    /// <summary>Number of characters in a credit code.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters a credit code is written with, in value order (0-30).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The whole code, normalised to upper case.</summary>
    public string Value { get; }

    /// <summary>Registration authority code (登记管理部门代码), position 1 — e.g. 9 for market regulation.</summary>
    public char RegistrationAuthorityCode => Value[0];

    /// <summary>Entity type code (机构类别代码), position 2.</summary>
    public char EntityTypeCode => Value[1];

    /// <summary>Administrative division code of the registering authority (positions 3-8).</summary>
    public string RegionCode => Value.Substring(2, 6);

    /// <summary>The 9-character organisation code (主体标识码, GB 11714), positions 9-17.</summary>
    public string OrganizationCode => Value.Substring(8, 9);

    /// <summary>The check character, position 18.</summary>
    public char CheckCharacter => Value[17];

    /// <summary>First 8 characters, 6 asterisks, last 4 — e.g. <c>91410800******123X</c>.</summary>
    public string Masked => IdMasking.CreditCode(Value);

    /// <summary>
    /// Validates <paramref name="input"/> (surrounding white space ignored, lower case accepted and
    /// normalised to upper case) against GB 32100-2015, including the GB 11714 check of the
    /// organisation code.
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code,
        [NotNullWhen(false)] out IdValidationError? error)
    {
        code = null;
        error = Validate(input, out var value);
        if (error is not null)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(value!);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws.</summary>
    /// <exception cref="FormatException">The code is invalid; the message is the Chinese explanation (never the code).</exception>
    public static UnifiedSocialCreditCode Parse(string? input) =>
        TryParse(input, out var code, out var error) ? code : throw new FormatException($"{error.Code}: {error.MessageZh}");

    /// <summary>The GB 32100 check character for the first 17 characters (upper case, from <see cref="Charset"/>).</summary>
    /// <exception cref="ArgumentException">Not 17 characters from <see cref="Charset"/>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 characters are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException("Characters must come from the credit code character set.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// The GB 11714 check character (0-9 or X) for the first 8 characters of an organisation code,
    /// where digits count at face value and letters A-Z as 10-35.
    /// </summary>
    /// <exception cref="ArgumentException">Not 8 characters from 0-9, A-Z.</exception>
    public static char ComputeOrganizationCheckCharacter(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8)
        {
            throw new ArgumentException("Exactly 8 characters are required.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            int v = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException("Characters must be 0-9 or A-Z.", nameof(first8)),
            };
            sum += v * OrganizationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    private static IdValidationError? Validate(string? input, out string? value)
    {
        value = null;
        var s = input?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return new(IdValidationCodes.Empty, "统一社会信用代码为空，请输入 18 位代码");
        }

        if (s.Length != Length)
        {
            return new(IdValidationCodes.Length, $"统一社会信用代码应为 18 位，实际为 {s.Length} 位");
        }

        s = s.ToUpperInvariant();
        for (var i = 0; i < Length; i++)
        {
            var c = s[i];
            if (Charset.Contains(c, StringComparison.Ordinal))
            {
                if (i is >= 2 and <= 7 && !char.IsAsciiDigit(c))
                {
                    return new(IdValidationCodes.InvalidCharacter, $"统一社会信用代码第 {i + 1} 位“{c}”无效：第 3–8 位是行政区划代码，只能是数字", i + 1);
                }

                continue;
            }

            var hint = c switch
            {
                'I' => "（不使用字母 I，是否应为数字 1？）",
                'O' => "（不使用字母 O，是否应为数字 0？）",
                'Z' => "（不使用字母 Z，是否应为数字 2？）",
                'S' => "（不使用字母 S，是否应为数字 5？）",
                'V' => "（不使用字母 V，是否应为字母 U 或 Y？）",
                _ => "",
            };
            return new(
                IdValidationCodes.InvalidCharacter,
                $"统一社会信用代码第 {i + 1} 位“{input!.Trim()[i]}”无效：只能是数字或除 I、O、S、V、Z 以外的大写字母{hint}",
                i + 1);
        }

        var expectedOrg = ComputeOrganizationCheckCharacter(s.AsSpan(8, 8));
        if (expectedOrg != s[16])
        {
            return new(
                IdValidationCodes.OrganizationCodeCheck,
                $"统一社会信用代码第 9–17 位组织机构代码校验错误：第 17 位应为 {expectedOrg}，实际为 {s[16]}（请核对第 9–16 位是否录入有误）",
                17);
        }

        var expected = ComputeCheckCharacter(s.AsSpan(0, 17));
        if (expected != s[17])
        {
            return new(IdValidationCodes.CheckDigit, $"统一社会信用代码校验位错误：应为 {expected}，实际为 {s[17]}（请核对前 17 位是否录入有误）", 18);
        }

        value = s;
        return null;
    }

    /// <summary>The masked form (<see cref="Masked"/>); use <see cref="Value"/> for the whole code.</summary>
    public override string ToString() => Masked;

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnifiedSocialCreditCode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Equal when the normalised codes are equal.</summary>
    public static bool operator ==(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not equal when the normalised codes differ.</summary>
    public static bool operator !=(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) => !(left == right);
}
