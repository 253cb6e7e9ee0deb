using Employment.Jobs.Domain.Matching;

namespace Employment.Jobs.Search;

/// <summary>The kinds of posting (the contract's EmploymentType, same numbers).</summary>
public enum EmploymentKind
{
    FullTime = 1,
    PartTime = 2,
    Traineeship = 3,
    PublicWelfare = 4,

    /// <summary>零工: daily or hourly pay, at a venue.</summary>
    Gig = 5,

    /// <summary>爱心岗位.</summary>
    Caring = 6,
}

/// <summary>A kind as people name it (全职, 零工).</summary>
public static class EmploymentKindNames
{
    public static string Zh(EmploymentKind kind) => kind switch
    {
        EmploymentKind.FullTime => "全职",
        EmploymentKind.PartTime => "兼职",
        EmploymentKind.Traineeship => "就业见习",
        EmploymentKind.PublicWelfare => "公益性岗位",
        EmploymentKind.Gig => "零工",
        EmploymentKind.Caring => "爱心岗位",
        _ => kind.ToString(),
    };
}

/// <summary>The period a posting's pay is stated in.</summary>
public enum PayPeriod
{
    Month = 1,
    Day = 2,
    Hour = 3,
}

/// <summary>
/// What the engine indexes of an open posting: the text it searches, the fields it filters and
/// facets on, and what a hit shows. Amounts are in fen.
/// </summary>
/// <param name="CountyCode">The work place's county-level code (410802 解放区, 419001 济源市).</param>
/// <param name="OccupationCode">职业分类大典 (2022) code, e.g. 2-06-03-00; empty when unknown.</param>
/// <param name="ChangedBy">Who published or changed it (the audit columns).</param>
public sealed record PostingDocument(
    string PostingId,
    string EmployerName,
    string Title,
    string Description,
    string OccupationCode,
    string CountyCode,
    EmploymentKind Kind,
    long PayMinFen,
    long PayMaxFen,
    PayPeriod PayPeriod,
    DateOnly PostedOn,
    string ChangedBy)
{
    /// <summary>The last day it is shown (China calendar); none = until removed.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>The least education asked (the contract's EducationLevel; 0 = not stated).</summary>
    public int MinEducation { get; init; }

    /// <summary>Where the work is done; none = the posting cannot be found by distance.</summary>
    public GeoPoint? Location { get; init; }
}
