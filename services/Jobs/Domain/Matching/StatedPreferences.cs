using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// What a seeker tells the counter they are looking for, checked once: each list bounded, each code
/// well formed, each bad value a broken rule naming its field. Skills, certificates and education are
/// not here: they are read from the registry profile.
/// </summary>
public sealed record StatedPreferences
{
    public const int MaxItems = 20;
    public const int MaxSkillLength = 20;

    public const int MaxOccupationWordLength = 16;

    /// <summary>职业分类大典 codes chosen (细类 or 小类).</summary>
    public IReadOnlyList<string> Occupations { get; init; } = [];

    /// <summary>What they call the work they want, as typed (司机, 会计助理): read as the job search reads a query (<see cref="WantedOccupation"/>).</summary>
    public IReadOnlyList<string> OccupationWords { get; init; } = [];

    /// <summary>Everything asked for, codes and words, as matching reads it.</summary>
    public IReadOnlyList<WantedOccupation> Wanted(OccupationSynonyms synonyms) => WantedOccupation.Of(Occupations, OccupationWords, synonyms);

    /// <summary>Whether any occupation is asked for, by code or by word.</summary>
    public bool AsksForOccupation => Occupations.Count > 0 || OccupationWords.Count > 0;

    public IReadOnlyList<string> Counties { get; init; } = [];

    public IReadOnlyList<EmploymentKind> Kinds { get; init; } = [];

    /// <summary>Their own tags: skills and keywords (叉车, 电焊, 收银).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The lowest pay they accept, in fen per <see cref="PayFloorPeriod"/>; null = none.</summary>
    public long? PayFloorFen { get; init; }

    public PayPeriod PayFloorPeriod { get; init; } = PayPeriod.Month;

    public GeoPoint? Place { get; init; }

    /// <summary>Checked against the shipped weights' pay-floor bound.</summary>
    public StatedPreferences Checked() => Checked(MatchWeights.Shipped.MaxMonthlyPayFloorFen);

    /// <summary>Each list bounded and each value well formed; a pay floor above <paramref name="maxMonthlyPayFloorFen"/> (per month) is refused.</summary>
    public StatedPreferences Checked(long maxMonthlyPayFloorFen)
    {
        var occupations = Distinct(Occupations, "preferences.occupation_codes");
        foreach (var code in occupations.Where(c => !Matching.Occupations.IsWellFormed(c)))
        {
            throw DomainRuleException.Invalid("preferences.occupation_codes", $"职业编码“{PlainText.Quote(code)}”无效：应为职业分类大典的细类或小类编码，如 6-31-01-03 或 6-31-01。");
        }

        var words = Distinct(OccupationWords.Select(w => PlainText.Check(w, "preferences.occupation_words", MaxOccupationWordLength, "求职意向")).ToList(), "preferences.occupation_words");
        var counties = Distinct(Counties, "preferences.regions");
        foreach (var county in counties)
        {
            RegionCodes.Place(county, "preferences.regions", required: true);
        }

        if (Kinds.Any(k => !Enum.IsDefined(k)))
        {
            throw DomainRuleException.Invalid("preferences.employment_types", "岗位类型无效。");
        }

        var skills = Distinct(Skills.Select(s => PlainText.Check(s, "preferences.keywords", MaxSkillLength, "技能标签")).ToList(), "preferences.keywords");
        if (PayFloorFen is < 0)
        {
            throw DomainRuleException.Invalid("preferences.min_salary", "期望薪酬下限不能为负数。");
        }

        if (!Enum.IsDefined(PayFloorPeriod))
        {
            throw DomainRuleException.Invalid("preferences.min_salary_period", "薪酬周期无效：应为月、日或小时。");
        }

        // Compared before converting, so that an absurd figure cannot overflow the conversion.
        if (PayFloorFen is { } floor && (floor > maxMonthlyPayFloorFen || MonthlyPay.Fen(floor, PayFloorPeriod) > maxMonthlyPayFloorFen))
        {
            throw DomainRuleException.Invalid("preferences.min_salary",
                $"期望薪酬下限（{MatchScorer.Yuan(floor)} 元/{MatchScorer.PeriodZh(PayFloorPeriod)}）超过每月 {MatchScorer.Yuan(maxMonthlyPayFloorFen)} 元，请检查是否多填了位数或把分当作元。");
        }

        if (Place is { } place)
        {
            GeoPoint.Checked(place.Latitude, place.Longitude, "preferences.location");
        }

        return this with { Occupations = occupations, OccupationWords = words, Counties = counties, Kinds = Kinds.Distinct().ToList(), Skills = skills };
    }

    private static List<string> Distinct(IEnumerable<string> values, string field)
    {
        var list = values.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count > MaxItems ? throw DomainRuleException.Invalid(field, $"最多填写 {MaxItems} 项，收到 {list.Count} 项。") : list;
    }
}
