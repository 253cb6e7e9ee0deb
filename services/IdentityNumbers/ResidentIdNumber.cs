using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Employment.IdentityNumbers;

/// <summary>
/// A validated 18-character citizen identity number (居民身份证号码, GB 11643-1999):
/// 6-digit administrative division code, 8-digit birth date (yyyyMMdd), 3-digit sequence code
/// (odd = male, even = female) and an ISO 7064 MOD 11-2 check character (0-9 or X).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns the <see cref="Masked"/> form so a number never reaches a log whole
/// by accident; read <see cref="Value"/> deliberately when the full number is needed.
/// The 15-digit first-generation numbers are not accepted.
/// </remarks>
public sealed class ResidentIdNumber : IEquatable<ResidentIdNumber>
{
    /// <summary>Number of characters in a resident id number.</summary>
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The whole number, normalised (check character X in upper case). Handle with care.</summary>
    public string Value { get; }

    /// <summary>The administrative division code of the place of first registration (positions 1-6).</summary>
    public string RegionCode => Value[..6];

    /// <summary>The birth date encoded in positions 7-14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The sequence code (positions 15-17).</summary>
    public string SequenceCode => Value.Substring(14, 3);

    /// <summary>Sex from the parity of the sequence code: odd is male, even is female.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The check character (position 18): a digit or X.</summary>
    public char CheckCharacter => Value[17];

    /// <summary>First 6 characters, 8 asterisks, last 4 — e.g. <c>410802********1234</c>.</summary>
    public string Masked => IdMasking.IdNumber(Value);

    /// <summary>
    /// Age in whole years on <paramref name="date"/>. A person turns a year older on the same month
    /// and day as the birth date; someone born on 29 February turns older on 1 March in a non-leap
    /// year (on 28 February they have not yet reached 29 February).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the birth date.</exception>
    public int AgeOn(DateOnly date)
    {
        if (date < BirthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the birth date.");
        }

        var age = date.Year - BirthDate.Year;
        if (date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>
    /// Validates <paramref name="input"/> (surrounding white space ignored, lower-case x accepted)
    /// against GB 11643-1999. The birth date must be a real date no later than <paramref name="today"/>.
    /// </summary>
    public static bool TryParse(
        string? input,
        DateOnly today,
        [NotNullWhen(true)] out ResidentIdNumber? id,
        [NotNullWhen(false)] out IdValidationError? error)
    {
        id = null;
        error = Validate(input, today, out var value, out var birthDate);
        if (error is not null)
        {
            return false;
        }

        id = new ResidentIdNumber(value!, birthDate);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws.</summary>
    /// <exception cref="FormatException">The number is invalid; the message is the Chinese explanation (never the number).</exception>
    public static ResidentIdNumber Parse(string? input, DateOnly today) =>
        TryParse(input, today, out var id, out var error) ? id : throw new FormatException($"{error.Code}: {error.MessageZh}");

    /// <summary>
    /// The check character (0-9 or X) for the first 17 characters of a number, which must be digits.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 digits are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = first17[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException("Exactly 17 digits are required.", nameof(first17));
            }

            sum += (c - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static IdValidationError? Validate(string? input, DateOnly today, out string? value, out DateOnly birthDate)
    {
        value = null;
        birthDate = default;
        var s = input?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return new(IdValidationCodes.Empty, "身份证号码为空，请输入 18 位身份证号码");
        }

        if (s.Length != Length)
        {
            var hint = s.Length == 15 ? "（15 位为第一代身份证旧号码，请使用第二代身份证上的 18 位号码）" : "";
            return new(IdValidationCodes.Length, $"身份证号码应为 18 位，实际为 {s.Length} 位{hint}");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return new(IdValidationCodes.InvalidCharacter, $"身份证号码第 {i + 1} 位“{s[i]}”无效：前 17 位只能是数字", i + 1);
            }
        }

        var last = s[17];
        if (last == 'x')
        {
            last = 'X';
            s = string.Concat(s.AsSpan(0, 17), "X");
        }

        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            return new(IdValidationCodes.InvalidCharacter, $"身份证号码第 18 位（校验位）“{s[17]}”无效：只能是数字或 X", 18);
        }

        if (s[0] == '0')
        {
            return new(IdValidationCodes.RegionCode, $"身份证号码前 6 位地址码“{s[..6]}”无效：行政区划代码不能以 0 开头", 1);
        }

        var dateError = ValidateBirthDate(s.AsSpan(6, 8), today, out birthDate);
        if (dateError is not null)
        {
            return dateError;
        }

        var expected = ComputeCheckCharacter(s.AsSpan(0, 17));
        if (expected != last)
        {
            return new(IdValidationCodes.CheckDigit, $"身份证号码校验位错误：应为 {expected}，实际为 {last}（请核对前 17 位是否录入有误）", 18);
        }

        value = s;
        return null;
    }

    private static IdValidationError? ValidateBirthDate(ReadOnlySpan<char> digits, DateOnly today, out DateOnly birthDate)
    {
        birthDate = default;
        var year = int.Parse(digits[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(digits.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(digits.Slice(6, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var prefix = $"身份证号码第 7–14 位出生日期“{digits}”无效：";
        if (year < 1)
        {
            return new(IdValidationCodes.BirthDateInvalid, prefix + $"年份 {year:D4} 不存在", 7);
        }

        if (month is < 1 or > 12)
        {
            return new(IdValidationCodes.BirthDateInvalid, prefix + $"月份 {month:D2} 不存在", 11);
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            return new(IdValidationCodes.BirthDateInvalid, prefix + $"{year} 年 {month} 月只有 {daysInMonth} 天，不存在 {day:D2} 日", 13);
        }

        birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            return new(
                IdValidationCodes.BirthDateInFuture,
                $"身份证号码中的出生日期 {IsoDate(birthDate)} 晚于今天（{IsoDate(today)}），号码不可能有效",
                7);
        }

        return null;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The masked form (<see cref="Masked"/>); use <see cref="Value"/> for the whole number.</summary>
    public override string ToString() => Masked;

    /// <inheritdoc />
    public bool Equals(ResidentIdNumber? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResidentIdNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Equal when the normalised numbers are equal.</summary>
    public static bool operator ==(ResidentIdNumber? left, ResidentIdNumber? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not equal when the normalised numbers differ.</summary>
    public static bool operator !=(ResidentIdNumber? left, ResidentIdNumber? right) => !(left == right);
}
