using Employment.Persistence.Records;

namespace Employment.Jobs.Data;

/// <summary>
/// A posting as filed at the counter: the columns the counter lists and deduplicates by, and the
/// whole content as JSON (<see cref="PostingJson"/>). What search reads is its index entry
/// (<see cref="PostingRecord"/>), written in the same transaction while the posting is open.
/// </summary>
public sealed class JobPostingRecord : AuditedRecord
{
    public string Id { get; set; } = "";

    public string EmployerCreditCode { get; set; } = "";

    public string EmployerName { get; set; } = "";

    public string Title { get; set; } = "";

    public string CountyCode { get; set; } = "";

    public int Kind { get; set; }

    /// <summary>Open (1) or withdrawn (2); expiry is read from <see cref="ValidUntil"/>.</summary>
    public int Status { get; set; }

    public DateOnly PostedOn { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>The same employer's same job (Domain/Postings/DuplicateKey); unique among open postings.</summary>
    public string DuplicateKey { get; set; } = "";

    /// <summary>Set while the posting is open (= <see cref="DuplicateKey"/>), null once withdrawn: the unique index covers open postings only.</summary>
    public string? OpenDuplicateKey { get; set; }

    public string Content { get; set; } = "";

    /// <summary>The current override of the screen as JSON, or "" (every override is also kept in <see cref="ScreeningOverrideRecord"/>).</summary>
    public string ScreeningOverride { get; set; } = "";

    public string FreeFilingRule { get; set; } = "";

    public int Filings { get; set; }

    public string WithdrawalReason { get; set; } = "";
}

/// <summary>The audit of a clerk publishing a posting the screen refused (R29): append-only.</summary>
public sealed class ScreeningOverrideRecord
{
    public long Id { get; set; }

    public string PostingId { get; set; } = "";

    /// <summary>What the screen found, as JSON (condition, field, phrase).</summary>
    public string Findings { get; set; } = "";

    public string LegalReason { get; set; } = "";

    public string DecidedBy { get; set; } = "";

    public DateTimeOffset DecidedAt { get; set; }
}
