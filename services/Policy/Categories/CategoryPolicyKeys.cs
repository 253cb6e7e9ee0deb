namespace Employment.Policy.Categories;

/// <summary>
/// The catalog keys the category functions read. A service that evaluates categories requires
/// <see cref="All"/> at start-up, so a catalog without one of them stops it from starting.
/// </summary>
public static class CategoryPolicyKeys
{
    public const string CollegeGraduateGraduationYearRecognised = "categories.college_graduate_graduation_year.recognised";

    public const string CollegeStudentMaxYearsSinceGraduation = "categories.college_student.max_years_since_graduation";

    public const string DisabledRecognised = "categories.disabled.recognised";

    public const string EmploymentDifficultyRecognised = "categories.employment_difficulty.recognised";

    public const string GraduateUnemployed1yMaxYearsSinceLeaving = "categories.graduate_unemployed_1y.max_years_since_leaving";

    public const string GraduateUnemployed2yMaxYearsSinceLeaving = "categories.graduate_unemployed_2y.max_years_since_leaving";

    public const string NewCitizenRecognised = "categories.new_citizen.recognised";

    public const string PovertyAlleviatedIncludesMonitored = "categories.poverty_alleviated.includes_monitored";

    public const string PovertyAlleviatedRecognised = "categories.poverty_alleviated.recognised";

    public const string RegisteredUnemployed6mMinMonths = "categories.registered_unemployed_6m.min_months";
    public const string RegisteredUnemployedRecognised = "categories.registered_unemployed.recognised";

    public const string ReturningMigrantWorkerRecognised = "categories.returning_migrant_worker.recognised";

    public const string SecondaryVocationalUnemployed2yMaxYearsSinceLeaving = "categories.secondary_vocational_unemployed_2y.max_years_since_leaving";

    public const string SubsistenceAllowanceRecognised = "categories.subsistence_allowance.recognised";

    public const string ZeroEmploymentHouseholdRecognised = "categories.zero_employment_household.recognised";

    public const string UnemployedYouthMaxAge = "categories.unemployed_youth.max_age";

    public const string UnemployedYouthMinAge = "categories.unemployed_youth.min_age";

    public const string VeteranRecognised = "categories.veteran.recognised";

    public static IReadOnlyList<string> All { get; } =
    [
        CollegeGraduateGraduationYearRecognised,
        CollegeStudentMaxYearsSinceGraduation,
        DisabledRecognised,
        EmploymentDifficultyRecognised,
        GraduateUnemployed1yMaxYearsSinceLeaving,
        GraduateUnemployed2yMaxYearsSinceLeaving,
        NewCitizenRecognised,
        PovertyAlleviatedIncludesMonitored,
        PovertyAlleviatedRecognised,
        RegisteredUnemployed6mMinMonths,
        RegisteredUnemployedRecognised,
        ReturningMigrantWorkerRecognised,
        SecondaryVocationalUnemployed2yMaxYearsSinceLeaving,
        SubsistenceAllowanceRecognised,
        ZeroEmploymentHouseholdRecognised,
        UnemployedYouthMaxAge,
        UnemployedYouthMinAge,
        VeteranRecognised,
    ];
}
