using Employment.Persistence.Records;

namespace Employment.Jobs.Data.Online;

/// <summary>
/// One person's application (投递) to one posting, with the resume as it stood then (a snapshot, so
/// what the employer reads is what was sent). Created and changed by the audit columns: the seeker
/// applies (<see cref="AuditedRecord.CreatedAt"/>), the employer answers or the seeker withdraws.
/// </summary>
public sealed class JobApplicationRecord : AuditedRecord, IPersonRecord
{
    /// <summary>Insertion order: the inbox's and the seeker's list's keyset.</summary>
    public long Key { get; set; }

    public string Id { get; set; } = "";

    /// <summary>The posting's id (<c>JobPostingRecord.Id</c>).</summary>
    public string PostingId { get; set; } = "";

    public string PostingTitle { get; set; } = "";

    /// <summary>The posting's employer: whose inbox it is in.</summary>
    public string EmployerCreditCode { get; set; } = "";

    public string EmployerName { get; set; } = "";

    /// <summary>The registry's person id of the applicant.</summary>
    public string PersonId { get; set; } = "";

    public long SeekerKey { get; set; }

    /// <summary><c>Domain/Online/JobApplicationStatus</c>.</summary>
    public int Status { get; set; }

    /// <summary>What the employer said last: the invitation's note or the reason for declining.</summary>
    public string EmployerNote { get; set; } = "";

    /// <summary>The resume sent (the contract's Resume as JSON, name unmasked).</summary>
    public string ResumeJson { get; set; } = "";

    /// <summary>The applicant's phone as the registry had it when they applied; shown only as their choice allows.</summary>
    public string Phone { get; set; } = "";

    /// <summary>A recorded hire: the labour contract's first day.</summary>
    public DateOnly? HireContractStart { get; set; }

    /// <summary>A recorded hire: the contract's term in months (0 with <see cref="HireOpenEnded"/>).</summary>
    public int? HireTermMonths { get; set; }

    public bool HireOpenEnded { get; set; }

    /// <summary>The employment-contract fact the hire became in the registry.</summary>
    public string? RegistryFactId { get; set; }
}
