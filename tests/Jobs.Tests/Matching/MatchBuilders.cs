using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;

namespace Jobs.Tests.Matching;

/// <summary>Seekers and postings for the matching tests, with everything neutral unless a test sets it.</summary>
internal static class MatchBuilders
{
    /// <summary>焦作市解放区, near the city centre.</summary>
    public static readonly GeoPoint Jiefang = new(35.2400, 113.2400);

    public const string Electrician = "6-31-01-03";

    /// <summary>Same 小类 (6-31-01) as <see cref="Electrician"/>, another 细类.</summary>
    public const string Mechanic = "6-31-01-02";

    public const string Accountant = "2-06-03-00";

    public static SeekerTraits Seeker(
        IReadOnlyList<string>? occupations = null,
        IReadOnlyList<string>? skills = null,
        IReadOnlyList<Certificate>? certificates = null,
        EducationLevel education = EducationLevel.None,
        GeoPoint? place = null,
        long? monthlyFloorFen = null,
        long floorFen = 0,
        PayPeriod floorPeriod = PayPeriod.Month,
        IReadOnlyList<EmploymentKind>? kinds = null,
        IReadOnlyList<PriorityGroup>? priority = null,
        bool certified = false,
        string id = "S1",
        IReadOnlyList<string>? words = null)
    {
        // As the service builds a seeker: codes chosen and words typed, each word read through the shipped synonyms.
        var wanted = WantedOccupation.Of(occupations ?? [], words ?? [], OccupationSynonyms.Shipped);
        return new(id, "410802", WantedOccupation.CodesOf(wanted), [], monthlyFloorFen, floorFen, floorPeriod, kinds ?? [], skills ?? [], certificates ?? [],
            education, place, priority ?? [], certified)
        { Wanted = wanted };
    }

    public static PostingTraits Posting(
        string id = "P1",
        string occupation = Electrician,
        EmploymentKind kind = EmploymentKind.FullTime,
        bool caring = false,
        long payMinFen = 400_000,
        long payMaxFen = 600_000,
        PayPeriod period = PayPeriod.Month,
        GeoPoint? place = null,
        EducationLevel minEducation = EducationLevel.None,
        IReadOnlyList<string>? skills = null,
        IReadOnlyList<Certificate>? certificates = null,
        DateOnly? postedOn = null,
        string? title = null) =>
        new(id, title ?? "岗位" + id, "示例企业", occupation, "410802", kind, caring, payMinFen, payMaxFen, period, postedOn ?? new DateOnly(2026, 11, 1),
            place, minEducation, skills ?? [], certificates ?? []);
}
