using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Postings;

/// <summary>The employer a posting names. The credit code is the counter's; the public never sees it.</summary>
public sealed record PostingEmployer(string CreditCode, string Name, bool IsIndividualBusiness);

/// <summary>WGS-84 degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>Where the work is done: a county-level code, an address and its coordinates.</summary>
public sealed record WorkPlace(string CountyCode, string Address, GeoPoint Location);

/// <summary>Pay as stated, per period (amounts in fen).</summary>
public sealed record PayRange(long MinFen, long MaxFen, PayPeriod Period);

public enum VenueKind
{
    None = 0,
    GigMarket = 1,
    Station = 2,
    ServiceStation = 3,

    /// <summary>人社服务窗口: takes applications for subsidies and loans; a service venue, never a gig's.</summary>
    BureauCounter = 4,
}

/// <summary>Where a gig is offered (零工市场, 驿站, 就业服务站).</summary>
public sealed record GigVenue(VenueKind Kind, string Name);

public enum SourceKind
{
    None = 0,
    Counter = 1,
    Employer = 2,
    Repost = 3,
}

/// <summary>Where the posting comes from; a repost names its first publisher.</summary>
public sealed record PostingSource(SourceKind Kind, string RepostedFrom);

public enum SexRestriction
{
    None = 0,
    MaleOnly = 1,
    FemaleOnly = 2,
}

public enum OriginRestriction
{
    None = 0,
    UrbanOnly = 1,
    RuralOnly = 2,
}

public enum MaritalRestriction
{
    None = 0,
    Unmarried = 1,
    Married = 2,
    HasChildren = 3,
    NoChildren = 4,
}

/// <summary>
/// What the employer asked of a worker as structured fields. The restriction fields record a wish as
/// it was stated, so that the screen (R29) can refuse it by name rather than lose it.
/// </summary>
public sealed record Requirements(
    int MinEducation,
    int MinExperienceYears,
    int MinAge,
    int MaxAge,
    IReadOnlyList<string> Certificates,
    string Other,
    SexRestriction Sex,
    string HouseholdRegion,
    OriginRestriction Origin,
    string Ethnicity,
    string Identity,
    bool NoDisability,
    MaritalRestriction Marital)
{
    public static Requirements None { get; } = new(0, 0, 0, 0, [], "", SexRestriction.None, "", OriginRestriction.None, "", "", false, MaritalRestriction.None);

    /// <summary>Skills asked for, as short tags (叉车, 电焊): what matching compares with a seeker's skills.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Certificates asked for by code and level, for matching (the free-text <see cref="Certificates"/> stay as written).</summary>
    public IReadOnlyList<RequiredCertificate> RequiredCertificates { get; init; } = [];
}

/// <summary>
/// A certificate a posting asks for: a 职业分类大典 code and a 职业技能等级 (1 highest … 5; 0 or 6 = any level),
/// met by a certificate of the same code at that level or higher.
/// </summary>
public sealed record RequiredCertificate(string OccupationCode, string OccupationName, int Level);

/// <summary>Everything a clerk states about a posting (what Create and Update take), checked by <see cref="PostingRules"/>.</summary>
public sealed record PostingContent(
    PostingEmployer Employer,
    string Title,
    string OccupationCode,
    string Description,
    EmploymentKind Kind,
    WorkPlace WorkPlace,
    PayRange Pay,
    int Openings,
    Requirements Requirements,
    IReadOnlyList<string> Benefits,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    PostingSource Source,
    string Contact,
    GigVenue? Venue,
    string TraineeshipHostRecognition);
