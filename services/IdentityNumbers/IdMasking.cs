using System.Text.RegularExpressions;

namespace Employment.IdentityNumbers;

/// <summary>
/// The platform's one masking of identity numbers and credit codes: as people are shown them, and in
/// free text for sanitising logs and messages.
/// </summary>
public static partial class IdMasking
{
    /// <summary>A resident id number keeps its first 6 and last 4 characters; anything not 18 characters long is "****".</summary>
    public static string IdNumber(ReadOnlySpan<char> number) =>
        number.Length == 18 ? string.Concat(number[..6], "********", number[14..]) : "****";

    /// <summary>A unified social credit code keeps its first 8 and last 4 characters; anything not 18 characters long is "****".</summary>
    public static string CreditCode(ReadOnlySpan<char> code) =>
        code.Length == 18 ? string.Concat(code[..8], "******", code[14..]) : "****";

    /// <summary>
    /// Replaces every standalone 18-character run that looks like a resident id number (17 digits and
    /// a digit or X/x) or a unified social credit code (2 code characters, 6 digits, 10 code
    /// characters; either case) with its masked form: id numbers keep the first 6 and last 4
    /// characters, credit codes the first 8 and last 4. The shape is enough — check characters are
    /// not verified, so a mistyped number is masked too. An id-like run must not touch another digit
    /// (so longer digit runs such as bank card numbers are left alone) but may touch letters
    /// (<c>ID410802…</c> is masked: over-masking a log line is cheaper than leaking a number); a
    /// credit-code-like run must not touch an ASCII letter or digit. An all-digit run is masked as
    /// an id number. Already-masked text is left as it is.
    /// </summary>
    public static string MaskIdNumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 18)
        {
            return text;
        }

        return IdLike().Replace(text, static m =>
        {
            return m.Groups["id"].Success ? IdNumber(m.ValueSpan) : CreditCode(m.ValueSpan);
        });
    }

    /// <summary>
    /// Replaces every standalone mainland phone number in free text with its masked form: a mobile
    /// number (11 digits from 13–19, optionally after +86, spaces or hyphens between groups) keeps its
    /// first 3 and last 4 digits (138****5678); a landline with its area code (0391-3456789) keeps the
    /// area code and the last 4 digits (0391-****6789). A run touching another digit is not a phone number.
    /// </summary>
    public static string MaskPhoneNumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhoneLike().Replace(text, static m =>
        {
            var digits = string.Concat(m.Groups["number"].Value.Where(char.IsAsciiDigit));
            return m.Groups["mobile"].Success
                ? string.Concat(m.Groups["prefix"].Value, digits.AsSpan(0, 3), "****", digits.AsSpan(7))
                : string.Concat(m.Groups["area"].Value, "-****", digits.AsSpan(digits.Length - 4));
        });
    }

    /// <summary>Identity numbers, credit codes and phone numbers in free text, each masked (<see cref="MaskIdNumbersIn"/>, <see cref="MaskPhoneNumbersIn"/>).</summary>
    public static string MaskPersonalNumbersIn(string text) => MaskPhoneNumbersIn(MaskIdNumbersIn(text));

    [GeneratedRegex(
        @"(?<![0-9])(?:(?<prefix>\+?86[ -]?)?(?<mobile>(?<number>1[3-9][0-9](?:[ -]?[0-9]{4}){2}))|(?<area>0[1-9][0-9]{1,2})[ -]?(?<number>[2-9][0-9]{6,7}))(?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhoneLike();

    // Alternation order matters: an all-digit run matches the id branch first.
    [GeneratedRegex(
        @"(?<id>(?<![0-9])[0-9]{17}[0-9Xx](?![0-9]))|(?<uscc>(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXYa-hj-np-rtuwxy]{10}(?![0-9A-Za-z]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IdLike();
}
