using Employment.Common.V1;

namespace Employment.Web.Public.Pages.SelfCheck.Measures;

/// <summary>One judged measure (or route of one) of a self-check answer: its verdict, amount, the months it pays and why.</summary>
public sealed record MeasurePart(string NameZh, bool MayBePaid, Money? Amount, Explanation? Why, IReadOnlyList<string> PaidMonths);

/// <summary>
/// A measure's self-check answer as the page shows it, whichever service gave it: the verdict and amount, the
/// route that pays when there are several, each part with its checks, what to bring and the notice.
/// </summary>
public sealed record MeasureOutcome(bool MayBePaid, Money? Amount, string PaidUnderZh, IReadOnlyList<MeasurePart> Parts, IReadOnlyList<string> Bring, string NoticeZh)
{
    /// <summary>Nothing pays and some part could not be decided from what was stated.</summary>
    public bool Undetermined => !MayBePaid && Parts.Any(p => p.Why?.Outcome == Outcome.Undetermined);

    public static MeasureOutcome Of(Employment.Hiring.V1.MeasureSelfCheck check, string notice) =>
        new(check.MayBePaid, check.Amount, "", [Part(check)], check.BringZh, notice);

    public static MeasureOutcome Of(Employment.Hiring.V1.RoutesSelfCheck check, string notice) =>
        new(check.MayBePaid, check.Amount, check.PaidUnderZh, [.. check.Routes.Select(Part)], check.BringZh, notice);

    public static MeasureOutcome Of(Employment.Training.V1.TrainingMeasureSelfCheck check, string notice) =>
        new(check.Eligible, check.Amount, "", [new MeasurePart(check.NameZh, check.Eligible, check.Amount, check.Explanation, [])], check.BringZh, notice);

    private static MeasurePart Part(Employment.Hiring.V1.MeasureSelfCheck check) =>
        new(check.NameZh, check.MayBePaid, check.Amount, check.Explanation, check.PaidMonths);
}

/// <summary>What a measure's page shows: the measure, the facts as typed, and a problem with them or the service's answer.</summary>
public sealed record MeasureCheckView(MeasureCheck Measure, MeasureFacts Facts, string? InputProblem, ServiceAnswer<MeasureOutcome>? Answer)
{
    /// <summary>Signed in (网上办事): which answers came from the registry, in words, for the person to check.</summary>
    public IReadOnlyList<string> FromRegistryZh { get; init; } = [];

    /// <summary>Who is signed in, when the page is the hall's.</summary>
    public Hall.HallUser? Signed { get; init; }

    public string SignedName { get; init; } = "";
}
