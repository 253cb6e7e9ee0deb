using Employment.Common.V1;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// A self-check's verdict in the shared shape (<see cref="SelfCheckOutcome"/>), built the same way for every measure:
/// it pays when some part does, and when none does it is undecided if some part could not be decided from what was
/// stated. A service's judge maps its own answer's parts and lets these say the verdict.
/// </summary>
public static class SelfCheckOutcomes
{
    public const string PaysZh = "可以享受";

    public const string UndecidedZh = "暂时无法判断";

    public const string RefusedZh = "不能享受";

    /// <summary>The verdict over <paramref name="parts"/>; <paramref name="amount"/> is what pays when something does.</summary>
    public static SelfCheckOutcome Of(string nameZh, bool mayBePaid, Money? amount, IEnumerable<SelfCheckPart> parts, IEnumerable<string> bringZh, string noticeZh)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(bringZh);
        var outcome = new SelfCheckOutcome { NameZh = nameZh, MayBePaid = mayBePaid, Amount = amount, NoticeZh = noticeZh };
        outcome.Parts.AddRange(parts);
        outcome.BringZh.AddRange(bringZh);
        outcome.Undetermined = !mayBePaid && outcome.Parts.Any(p => p.Explanation?.Outcome == Outcome.Undetermined);
        outcome.VerdictZh = mayBePaid ? PaysZh : outcome.Undetermined ? UndecidedZh : RefusedZh;
        return outcome;
    }

    /// <summary>One measure, route or product judged.</summary>
    public static SelfCheckPart Part(string nameZh, bool mayBePaid, Money? amount, Explanation? why, IEnumerable<string>? paidMonths = null, CalendarDate? entitledOn = null)
    {
        var part = new SelfCheckPart { NameZh = nameZh, MayBePaid = mayBePaid, Amount = amount, Explanation = why, EntitledOn = entitledOn };
        part.PaidMonths.AddRange(paidMonths ?? []);
        return part;
    }
}
