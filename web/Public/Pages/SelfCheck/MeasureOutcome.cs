using Employment.Common.V1;
using Google.Protobuf;

namespace Employment.Web.Public.Pages.SelfCheck;

/// <summary>One judged measure (or route of one) of a self-check answer: its verdict, amount, the months it pays, the day it may be claimed from and why.</summary>
public sealed record MeasurePart(string NameZh, bool MayBePaid, Money? Amount, Explanation? Why, IReadOnlyList<string> PaidMonths)
{
    /// <summary>享受资格日: the day the measure may be claimed from (a business's years of normal operation complete), when it has one.</summary>
    public CalendarDate? EntitledOn { get; init; }
}

/// <summary>
/// A measure's self-check answer as the page shows it, whichever service gave it: the verdict and amount, the
/// route that pays when there are several, each part with its checks, what to bring and the notice.
/// </summary>
public sealed record MeasureOutcome(bool MayBePaid, Money? Amount, string PaidUnderZh, IReadOnlyList<MeasurePart> Parts, IReadOnlyList<string> Bring, string NoticeZh)
{
    /// <summary>The one measure paid where the form's measures are alternatives for one person (吸纳 or 扩岗), else empty.</summary>
    public string PaidNameZh { get; init; } = "";

    /// <summary>What the answer assumed beyond what was stated, in the service's words (a business still being planned).</summary>
    public string AssumedZh { get; init; } = "";

    /// <summary>Nothing pays and some part could not be decided from what was stated.</summary>
    public bool Undetermined => !MayBePaid && Parts.Any(p => p.Why?.Outcome == Outcome.Undetermined);

    /// <summary>The measure's part of a service's answer, of the shapes the self-check contracts answer in; null for none.</summary>
    public static MeasureOutcome? Of(IMessage? part, string notice) => part switch
    {
        Employment.Hiring.V1.MeasureSelfCheck check => new(check.MayBePaid, check.Amount, "", [Part(check)], check.BringZh, notice),
        Employment.Hiring.V1.RoutesSelfCheck check => new(check.MayBePaid, check.Amount, check.PaidUnderZh, [.. check.Routes.Select(Part)], check.BringZh, notice),
        Employment.Hiring.V1.StartupSelfCheck check =>
            new(check.MayBePaid, check.Amount, check.PaidUnderZh, [.. check.Measures.Select(Part)], check.BringZh, notice) { AssumedZh = check.NoteZh },
        Employment.Hiring.V1.HireSelfCheck check => Best(check, notice),
        Employment.Training.V1.TrainingMeasureSelfCheck check =>
            new(check.Eligible, check.Amount, "", [new MeasurePart(check.NameZh, check.Eligible, check.Amount, check.Explanation, [])], check.BringZh, notice),
        _ => null,
    };

    private static MeasurePart Part(Employment.Hiring.V1.MeasureSelfCheck check) =>
        new(check.NameZh, check.MayBePaid, check.Amount, check.Explanation, check.PaidMonths) { EntitledOn = check.EntitledOn };

    /// <summary>A person hired is paid one of the measures, the highest: the verdict is its.</summary>
    private static MeasureOutcome Best(Employment.Hiring.V1.HireSelfCheck check, string notice)
    {
        var best = check.Measures.Where(m => m.MayBePaid).MaxBy(m => m.Amount?.Fen ?? 0);
        return new(best is not null, best?.Amount, best?.NameZh ?? "", [.. check.Measures.Select(Part)], check.BringZh, notice) { PaidNameZh = best?.NameZh ?? "" };
    }
}
