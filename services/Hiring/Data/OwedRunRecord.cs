namespace Employment.Hiring.Data;

/// <summary>
/// One county's share of a monthly 免申即享 run (its run key: the city and the month): how far it got — the last
/// claimant whose offers are committed, in the owed list's order — and its figures, so that a run stopped halfway
/// carries on after that claimant, and a run completed is not run again that month.
/// </summary>
public sealed class OwedRunRecord
{
    /// <summary>The city and the month, e.g. "410800/2026-11".</summary>
    public required string RunKey { get; set; }

    /// <summary>The county (or city district) whose employers and people this share covers.</summary>
    public required string County { get; set; }

    public bool Completed { get; set; }

    /// <summary>The last claimant done, as <c>E:credit code</c> or <c>P:person id</c> (the owed list's order); empty before the first.</summary>
    public string Checkpoint { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodUntil { get; set; }

    public int Claimants { get; set; }

    /// <summary>Offers made by this run.</summary>
    public int Offered { get; set; }

    public long OfferedFen { get; set; }

    /// <summary>Prepared claims offered before (by an earlier run or the hall): not offered again.</summary>
    public int AlreadyOffered { get; set; }

    /// <summary>Prepared claims the rules would not give in full today (the preview refused or cut them).</summary>
    public int NotOffered { get; set; }

    /// <summary>Offers still open after <c>Offers:RemindAfterDays</c> whose claimant this share reminded.</summary>
    public int Reminded { get; set; }
}
