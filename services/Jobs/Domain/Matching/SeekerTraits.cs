using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// What matching knows of a seeker: their stated preferences and the qualifications from their
/// registry profile, with every tag they deleted already left out (《互联网信息服务算法推荐管理规定》第十七条).
/// </summary>
/// <param name="Occupations">职业分类大典 codes asked for (细类, or a 小类 of three segments), chosen or named by a typed word.</param>
/// <param name="Counties">County codes they would work in; empty = their home city.</param>
/// <param name="MonthlyPayFloorFen">The lowest pay they accept, as monthly fen (<see cref="MonthlyPay"/>); null = none given.</param>
/// <param name="PayFloorFen">The floor as they stated it, with <paramref name="PayFloorPeriod"/>, for the reason's wording.</param>
/// <param name="Kinds">Kinds of posting asked for; empty = any.</param>
/// <param name="Skills">Skills they state (their own tags) and the occupations of their certificates.</param>
/// <param name="Certificates">Certificates in the registry profile.</param>
/// <param name="Education">Highest education in the registry profile.</param>
/// <param name="Place">Where they live, for the commute; null = not given.</param>
/// <param name="Priority">Priority groups they belong to (see <see cref="PriorityGroup"/>).</param>
/// <param name="CertifiedEmploymentDifficulty">Certified 就业困难人员 on the match date: may see 公益性岗位 (R26). Not a tag: an eligibility condition.</param>
public sealed record SeekerTraits(
    string SeekerId,
    string HomeCountyCode,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Counties,
    long? MonthlyPayFloorFen,
    long PayFloorFen,
    PayPeriod PayFloorPeriod,
    IReadOnlyList<EmploymentKind> Kinds,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Certificate> Certificates,
    EducationLevel Education,
    GeoPoint? Place,
    IReadOnlyList<PriorityGroup> Priority,
    bool CertifiedEmploymentDifficulty)
{
    /// <summary>
    /// The occupations asked for as the seeker asked them (words typed, codes chosen); <see cref="Occupations"/>
    /// is every code they stand for. Empty = read <see cref="Occupations"/> as codes chosen.
    /// </summary>
    public IReadOnlyList<WantedOccupation> Wanted { get; init; } = [];

    /// <summary><see cref="Wanted"/>, or the codes as chosen when no list was given.</summary>
    public IReadOnlyList<WantedOccupation> WantedOrCodes(OccupationSynonyms synonyms) =>
        Wanted.Count > 0 ? Wanted : WantedOccupation.Of(Occupations, [], synonyms);

    public bool IsPrioritised => Priority.Count > 0;
}
