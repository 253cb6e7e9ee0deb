namespace Employment.Applicants.Data.Exchange;

/// <summary>
/// One agency batch (source and the batch's own id): its counts so far, the last line committed and the digest of the
/// rows up to it, so a batch sent again is answered from here (completed) or carries on after that line (incomplete).
/// </summary>
public sealed class AgencyBatchRecord
{
    public int Source { get; set; }

    public required string BatchId { get; set; }

    public string FileName { get; set; } = "";

    public string Encoding { get; set; } = "";

    public bool Completed { get; set; }

    /// <summary>The last line whose row is committed (the header is line 1).</summary>
    public long LinesDone { get; set; }

    /// <summary>SHA-256 of the rows' text up to <see cref="LinesDone"/>: a resumed batch must send the same rows again.</summary>
    public string PrefixDigest { get; set; } = "";

    public long Received { get; set; }

    public long Added { get; set; }

    public long Unchanged { get; set; }

    public long Confirmed { get; set; }

    public long Superseded { get; set; }

    public long Rejected { get; set; }

    public long Conflicts { get; set; }

    public string StartedBy { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>A row of a batch not imported: its line, the column at fault and why.</summary>
public sealed class AgencyBatchRejectRecord
{
    public int Source { get; set; }

    public required string BatchId { get; set; }

    public long Line { get; set; }

    public string Column { get; set; } = "";

    public required string Reason { get; set; }
}

/// <summary>
/// An agency's record that replaced a fact a clerk, an employer or the person had stated with other values (来源不一致):
/// both facts kept, the replaced one superseded, open until a clerk has looked at it.
/// </summary>
public sealed class FactConflictRecord
{
    public required string Id { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public int Kind { get; set; }

    public required string AgencyFactId { get; set; }

    public required string ReplacedFactId { get; set; }

    public int ReplacedRank { get; set; }

    public int Source { get; set; }

    public required string BatchId { get; set; }

    public long Line { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    public string SettledBy { get; set; } = "";

    public string SettledNote { get; set; } = "";
}
