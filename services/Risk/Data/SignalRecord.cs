using Employment.Persistence.Records;

namespace Employment.Risk.Data;

/// <summary>
/// A raised signal: its kind, severity, region and status as columns to filter by, and what it links, the
/// facts and the citations as the contract's message (employment.risk.v1.Signal, serialised), so an answer
/// shows them as they were when the scan raised it. <see cref="Fingerprint"/> is unique: a later scan that
/// finds the same thing keeps this row and its reviews.
/// </summary>
public sealed class SignalRecord : AuditedRecord
{
    /// <summary>"S" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    /// <summary>A <see cref="Domain.SignalKind"/>.</summary>
    public int Kind { get; set; }

    /// <summary>A <see cref="Domain.Severity"/>.</summary>
    public int Severity { get; set; }

    /// <summary>A <see cref="Domain.SignalStatus"/>.</summary>
    public int Status { get; set; }

    /// <summary>The region the signal belongs to: an auditor sees the signals of the regions its office covers.</summary>
    public required string Region { get; set; }

    /// <summary>SHA-256 (hex) of the kind, what it is about and the items it links.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>The scan that first raised it.</summary>
    public required string ScanId { get; set; }

    /// <summary>employment.risk.v1.Signal with its summary, records, facts and citations, serialised.</summary>
    public required byte[] Evidence { get; set; }

    /// <summary>稽核暂停发放: the owning services hold the linked unpaid records (set once they confirmed it).</summary>
    public bool PaymentHeld { get; set; }

    /// <summary>Linked records already paid when held ("service/reference", newline-separated).</summary>
    public string PaidBeforeHold { get; set; } = "";

    public List<SignalReviewRecord> Reviews { get; set; } = [];
}

/// <summary>One review of a signal (confirmed, dismissed, reopened), kept for ever: the audit trail of the audit.</summary>
public sealed class SignalReviewRecord : AuditedRecord
{
    public long Id { get; set; }

    public required string SignalId { get; set; }

    /// <summary>The signal's version this review made.</summary>
    public long SignalVersion { get; set; }

    /// <summary>A <see cref="Domain.SignalStatus"/>.</summary>
    public int Status { get; set; }

    public string ReasonZh { get; set; } = "";
}

/// <summary>A scan run: who ran it, for which region and period, and what it found (the contract's summary, serialised).</summary>
public sealed class ScanRecord : AuditedRecord
{
    /// <summary>"K" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string Region { get; set; }

    public DateOnly ReceivedFrom { get; set; }

    public DateOnly ReceivedUntil { get; set; }

    /// <summary>employment.risk.v1.ScanSummary, serialised.</summary>
    public required byte[] Summary { get; set; }
}
