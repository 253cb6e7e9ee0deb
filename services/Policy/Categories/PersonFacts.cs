using System.Globalization;
using Employment.Policy.Model;
using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Policy.Categories;

/// <summary>
/// Reads a profile's dated facts as ruling R10 evaluates them: on the event date, superseded facts
/// ignored (a correction replaced them), birth date from the 居民身份证 number.
/// </summary>
public static class PersonFacts
{
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] CheckWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The current facts of a kind. The registry leaves superseded facts out, but a cached or hand-built profile may not.</summary>
    public static IEnumerable<PersonFact> Current(PersonProfile profile, PersonFactKind kind) =>
        profile.Facts.Where(f => f.Kind == kind && !f.Superseded);

    /// <summary>First day of the fact's period; null when absent ("since always").</summary>
    public static DateOnly? From(PersonFact fact) => ToDate(fact.Period?.From);

    /// <summary>Last day (inclusive); null when absent (still in force).</summary>
    public static DateOnly? Until(PersonFact fact) => ToDate(fact.Period?.Until);

    public static bool InForceOn(PersonFact fact, DateOnly date) =>
        (From(fact) is not { } from || from <= date) && (Until(fact) is not { } until || date <= until);

    /// <summary>
    /// The birth date the registry derived (person.birth_date, present even when the id number is
    /// masked), else the one in an 18-digit 居民身份证 number (digits 7–14, yyyyMMdd); null when neither
    /// is readable or the number fails the GB 11643 check digit — then it is unknown, not guessed.
    /// </summary>
    public static DateOnly? BirthDate(Person? person)
    {
        if (person?.BirthDate is { Year: > 0 } derived)
        {
            try
            {
                return new DateOnly(derived.Year, derived.Month, derived.Day);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        var id = person?.IdNumber ?? "";
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * CheckWeights[i];
        }

        if (char.ToUpperInvariant(id[17]) != CheckCharacters[sum % 11])
        {
            return null;
        }

        return DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            ? birth
            : null;
    }

    /// <summary>Age in whole years on the date (R10): the birthday itself counts.</summary>
    public static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }

    public static string Display(DateOnly date) => ClerkText.Day(date);

    /// <summary>The fact's period as a clerk reads it, e.g. "2023-01-01 至 今".</summary>
    public static string DisplayPeriod(PersonFact fact) =>
        $"{(From(fact) is { } from ? Display(from) : "不限")} 至 {(Until(fact) is { } until ? Display(until) : "今")}";

    /// <summary>Where a fact comes from, for the explanation: the certifying authority and the fact id.</summary>
    public static string Source(PersonFact fact) => $"{fact.Authority} {fact.FactId}".Trim();

    // An unset CalendarDate (all zero) means the same as an absent one.
    private static DateOnly? ToDate(CalendarDate? date) =>
        date is { Year: > 0, Month: > 0, Day: > 0 } ? ProtoMapping.FromProto(date) : null;
}
