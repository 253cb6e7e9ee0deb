using System.Globalization;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;

namespace Employment.Jobs.Data.Matching;

/// <summary>What a posting use case records for matching, and the record read back as domain values.</summary>
/// <param name="Place">Work place coordinates; null = not given.</param>
public sealed record PostingMatchFacts(GeoPoint? Place, EducationLevel MinEducation, bool CaringPost, IReadOnlyList<string> Skills, IReadOnlyList<Certificate> Certificates)
{
    public static PostingMatchFacts None { get; } = new(null, EducationLevel.None, false, [], []);

    internal void CopyTo(PostingMatchRecord record)
    {
        record.Latitude = Place?.Latitude;
        record.Longitude = Place?.Longitude;
        record.MinEducation = (int)MinEducation;
        record.CaringPost = CaringPost;
        record.Skills = string.Join('\n', Skills.Select(s => s.Replace('\n', ' ')));
        record.Certificates = string.Join('\n', Certificates.Select(c =>
            $"{c.OccupationCode}/{c.Level.ToString(CultureInfo.InvariantCulture)}/{c.NameZh.Replace('\n', ' ')}"));
    }

    internal static PostingMatchFacts Of(double? latitude, double? longitude, int minEducation, bool caring, string? skills, string? certificates) => new(
        latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
        (EducationLevel)minEducation,
        caring,
        Lines(skills),
        Lines(certificates).Select(ParseCertificate).ToList());

    internal PostingTraits Traits(
        string postingId, string title, string employerName, string occupationCode, string countyCode, EmploymentKind kind,
        long payMinFen, long payMaxFen, PayPeriod payPeriod, DateOnly postedOn) =>
        new(postingId, title, employerName, occupationCode, countyCode, kind, CaringPost, payMinFen, payMaxFen, payPeriod, postedOn,
            Place, MinEducation, Skills, Certificates);

    private static List<string> Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static Certificate ParseCertificate(string line)
    {
        var parts = line.Split('/', 3);
        var level = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : Certificate.Unlevelled;
        return new Certificate(parts[0], level, parts.Length > 2 ? parts[2] : "");
    }
}
