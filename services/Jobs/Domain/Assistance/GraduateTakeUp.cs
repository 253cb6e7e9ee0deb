namespace Employment.Jobs.Domain.Assistance;

/// <summary>
/// Unemployed graduates' records of a year (15号（七） "落实离校未就业高校毕业生“一人一档一策”帮扶措施，提升帮扶就业率"):
/// every record opened counts; the take-up rate is the share closed as employed.
/// </summary>
public sealed record GraduateTakeUp(int Records, int Open, int Employed, int ClosedOtherwise)
{
    public const string Rule = AssistanceRuleIds.GraduateRecord;

    /// <summary>Employed ÷ records × 100, to one decimal; 0 with no records.</summary>
    public double Percent => Records == 0 ? 0 : Math.Round(100.0 * Employed / Records, 1, MidpointRounding.AwayFromZero);

    public static GraduateTakeUp Of(IEnumerable<AssistanceCase> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var graduates = records.Where(r => r.Programme == AssistanceProgramme.UnemployedGraduate).ToList();
        return new GraduateTakeUp(
            graduates.Count,
            graduates.Count(r => r.Status == AssistanceStatus.Open),
            graduates.Count(r => r.Outcome == AssistanceOutcome.Employed),
            graduates.Count(r => r.Status == AssistanceStatus.Closed && r.Outcome != AssistanceOutcome.Employed));
    }
}
