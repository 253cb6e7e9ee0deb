using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// What matching knows of a posting: the searchable posting's fields and its matching facts (work
/// place, requirements, 爱心岗位 flag).
/// </summary>
/// <param name="CaringPost">爱心岗位: low-threshold posts with safeguards, flagged for people receiving assistance (36号（十三）).</param>
/// <param name="Place">Work place; null = not given.</param>
/// <param name="MinEducation">Lowest education accepted; <see cref="EducationLevel.None"/> = no requirement.</param>
public sealed record PostingTraits(
    string PostingId,
    string Title,
    string EmployerName,
    string OccupationCode,
    string CountyCode,
    EmploymentKind Kind,
    bool CaringPost,
    long PayMinFen,
    long PayMaxFen,
    PayPeriod PayPeriod,
    DateOnly PostedOn,
    GeoPoint? Place,
    EducationLevel MinEducation,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Certificate> Certificates)
{
    /// <summary>公益性岗位 (R26: open only to certified 就业困难人员).</summary>
    public bool IsPublicWelfare => Kind == EmploymentKind.PublicWelfare;

    /// <summary>A post the priority groups see first: 爱心岗位 or 公益性岗位.</summary>
    public bool IsPriorityPost => CaringPost || IsPublicWelfare;

    /// <summary>The 小类 of the posting's occupation (2-06-03-00 → 2-06-03).</summary>
    public string OccupationGroup => Occupations.GroupOf(OccupationCode);
}
