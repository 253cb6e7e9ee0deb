using Employment.Common.V1;
using Google.Protobuf;

namespace Employment.Web.Public.Pages.SelfCheck;

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

    /// <summary>The measure's part of a service's answer, of the shapes the self-check contracts answer in; null for none.</summary>
    public static MeasureOutcome? Of(IMessage? part, string notice) => part switch
    {
        Employment.Hiring.V1.MeasureSelfCheck check => new(check.MayBePaid, check.Amount, "", [Part(check)], check.BringZh, notice),
        Employment.Hiring.V1.RoutesSelfCheck check => new(check.MayBePaid, check.Amount, check.PaidUnderZh, [.. check.Routes.Select(Part)], check.BringZh, notice),
        Employment.Training.V1.TrainingMeasureSelfCheck check =>
            new(check.Eligible, check.Amount, "", [new MeasurePart(check.NameZh, check.Eligible, check.Amount, check.Explanation, [])], check.BringZh, notice),
        _ => null,
    };

    private static MeasurePart Part(Employment.Hiring.V1.MeasureSelfCheck check) =>
        new(check.NameZh, check.MayBePaid, check.Amount, check.Explanation, check.PaidMonths);
}
