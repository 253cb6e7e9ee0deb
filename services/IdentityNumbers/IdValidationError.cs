namespace Employment.IdentityNumbers;

/// <summary>
/// Why an identity number was rejected: a stable English <see cref="Code"/> (one of
/// <see cref="IdValidationCodes"/>) for programs, and a Chinese message for the counter clerk that
/// says what is wrong and where. Messages never contain the whole number, so they are safe to log.
/// </summary>
/// <param name="Code">Which rule failed; one of <see cref="IdValidationCodes"/>.</param>
/// <param name="MessageZh">What the clerk should check, in Chinese.</param>
/// <param name="Position">1-based position of the offending character, when one character is to blame.</param>
public sealed record IdValidationError(string Code, string MessageZh, int? Position = null);

/// <summary>The codes an <see cref="IdValidationError"/> can carry.</summary>
public static class IdValidationCodes
{
    /// <summary>Nothing (or only white space) was entered.</summary>
    public const string Empty = "empty";

    /// <summary>Not 18 characters.</summary>
    public const string Length = "length";

    /// <summary>A character outside the allowed set for its position.</summary>
    public const string InvalidCharacter = "invalid_character";

    /// <summary>Resident id: the 6-digit administrative division code is impossible ("000000" or leading 0).</summary>
    public const string RegionCode = "region_code";

    /// <summary>Resident id: positions 7-14 are not a calendar date.</summary>
    public const string BirthDateInvalid = "birth_date_invalid";

    /// <summary>Resident id: the birth date is after the day of validation.</summary>
    public const string BirthDateInFuture = "birth_date_future";

    /// <summary>Credit code: the organisation code (positions 9-17) fails its GB 11714 check.</summary>
    public const string OrganizationCodeCheck = "organization_code_check";

    /// <summary>The final check character does not match the first 17.</summary>
    public const string CheckDigit = "check_digit";
}
