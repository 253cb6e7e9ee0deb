namespace Employment.Training.Domain.Apprenticeship;

/// <summary>The id of every check a 新型学徒制 decision makes, written out whole (one search finds the line that decides it).</summary>
public static class ApprenticeshipRuleIds
{
    /// <summary>中级工 (level 4) or 高级工 (level 3) has an amount per person per year (豫政办〔2022〕14号 四、, R26).</summary>
    public const string LevelHasAmount = "training.new_apprenticeship.level_has_amount";

    /// <summary>The training year is within the configured number of years (R26, R3).</summary>
    public const string MaxTrainingYears = "training.new_apprenticeship.max_training_years";

    /// <summary>每人每年: one subsidy per apprentice per training year.</summary>
    public const string OnePerApprenticeYear = "training.new_apprenticeship.one_per_apprentice_year";
}
