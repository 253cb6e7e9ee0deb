using Employment.Common.V1;
using Employment.ServiceDefaults.Regions;

namespace Employment.Persistence.Lifecycle;

/// <summary>
/// 决定书 in one wording for every service: the outcome from the lines, the heading (审核决定书, or 不予批准决定书 when nothing
/// is approved), the deciding office, and the remedy sentence (R32) wherever a line is refused; and a line's unmet
/// conditions read from the explanation the record was judged with.
/// </summary>
public static class DecisionLetters
{
    public static DecisionLetter Complete(LetterDraft draft, RemedySentences remedies)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(remedies);
        var letter = draft.Letter;
        var approved = letter.Lines.Count(l => l.Approved);
        letter.Outcome = approved == letter.Lines.Count ? LetterOutcome.Approved
            : approved == 0 ? LetterOutcome.Refused
            : LetterOutcome.PartlyApproved;
        letter.TitleZh = letter.KindZh + (letter.Outcome == LetterOutcome.Refused ? "不予批准决定书" : "审核决定书");
        letter.OfficeZh = $"{Places.ProperNameOf(draft.DecidedIn.Code)}人力资源和社会保障部门";
        if (letter.Outcome != LetterOutcome.Approved)
        {
            var remedy = remedies.For(draft.DecidedIn, draft.DecidedOn);
            letter.RemedyZh = remedy.SentenceZh;
            letter.RemedyBasis.AddRange(remedy.Basis);
        }

        return letter;
    }

    /// <summary>When a decision counted: the second clerk's confirmation where a review came after it, else the decision.</summary>
    public static DateTimeOffset CountedAt(DateTimeOffset decidedAt, Reviews.IReviewable record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.ReviewedAt is { } reviewed && !record.ReviewReturned && reviewed > decidedAt ? reviewed : decidedAt;
    }

    /// <summary>The clerk whose review confirmed the approval; empty where none did.</summary>
    public static string ReviewerOf(Reviews.IReviewable record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.ReviewedBy is { Length: > 0 } by && !record.ReviewReturned ? by : "";
    }

    /// <summary>What follows a subsidy's decision, paid after its 公示: paid (when, the payment's reference), or to be; nothing after a refusal.</summary>
    /// <param name="you">你 or 你单位.</param>
    public static string PaymentStepZh(Payments.SubsidyStatus status, string you, DateOnly? paidOn, string paymentReference) => status switch
    {
        Payments.SubsidyStatus.Paid => $"已于 {paidOn:yyyy-MM-dd} 发放到{you}提供的账户（发放凭证号 {paymentReference}）。",
        Payments.SubsidyStatus.Approved => $"经公示无异议后发放到{you}提供的账户。",
        _ => "",
    };

    /// <summary>A decided line: approved with its amount, or refused with the reason and every condition the explanation found unmet.</summary>
    public static DecisionLine Line(string aboutZh, bool approved, long amountFen, string reasonZh, Explanation? explanation)
    {
        var line = new DecisionLine
        {
            AboutZh = aboutZh,
            Approved = approved,
            Amount = new Money { Fen = approved ? amountFen : 0 },
            ReasonZh = reasonZh,
        };
        if (!approved && explanation is not null)
        {
            line.Unmet.AddRange(explanation.Checks.Where(c => !c.Passed).Select(c => new UnmetCondition { DescriptionZh = c.DescriptionZh, Basis = { c.Citations } }));
        }

        return line;
    }
}
