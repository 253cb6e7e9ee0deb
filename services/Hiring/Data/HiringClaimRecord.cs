using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Work;

namespace Employment.Hiring.Data;

/// <summary>
/// An employer's (or founder's) claim: the claimant as the registry knew it when the claim was taken,
/// the decision region (R27) and the payment. Its items are <see cref="HiringClaimItemRecord"/> rows;
/// the claim's <see cref="AuditedRecord.Version"/> guards every change to them (one aggregate).
/// </summary>
public sealed class HiringClaimRecord : AuditedRecord, IProgressCoded, IPayable, IReviewable, IHandled
{
    /// <summary>经办人 once the office's reviewer handed it over; empty while it is the clerk who took it.</summary>
    public string HandledBy { get; set; } = "";

    /// <summary>The 申报材料 received with a new claim, stored with it in its write (table "materials"); not a column.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Employment.Persistence.Materials.CheckedMaterial> Received { get; set; } = [];

    /// <summary>The files as the answer to its submission lists them, once stored; not a column.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Employment.Common.V1.MaterialInfo> Stored { get; set; } = [];

    /// <summary>"H" and a time-ordered GUID: the claim reference named by R9 refusals.</summary>
    public required string Id { get; set; }

    /// <summary>An employment.hiring.v1.SubsidyKind number.</summary>
    public int Kind { get; set; }

    /// <summary>A <see cref="Domain.Claims.ClaimStatus"/>.</summary>
    public int Status { get; set; }

    public required string EmployerId { get; set; }

    public required string EmployerCreditCode { get; set; }

    public required string EmployerName { get; set; }

    /// <summary>The claimant's registered region: the decision region (R27); counters see the claims of their region.</summary>
    public required string Region { get; set; }

    /// <summary>An individual business's 以单位形式参保 / 有雇工 as the clerk stated them (R17), and the evidence seen.</summary>
    public bool InsuredAsUnit { get; set; }

    public bool HasEmployees { get; set; }

    /// <summary>A trainee host's recognition by the HR bureau (经人社部门认定, R22) as the clerk stated it.</summary>
    public bool TraineeHostRecognised { get; set; }

    /// <summary>The document seen for what the clerk stated: the individual business's insurance, the host's recognition, the founder's business record.</summary>
    public string EmployerEvidence { get; set; } = "";

    public string PaymentAccount { get; set; } = "";

    /// <summary>受理日期 (R31): the day the bureau received the claim; before the day of entry (<see cref="AuditedRecord.CreatedAt"/>) only with <see cref="ReceiptNumber"/>, recorded with the entering clerk (<see cref="AuditedRecord.CreatedBy"/>).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>受理回执编号 of a claim received before the day of entry; empty otherwise unless the clerk gave one.</summary>
    public string ReceiptNumber { get; set; } = "";

    /// <summary>The items the rules give, until every item is decided; then the approved items.</summary>
    public long TotalFen { get; set; }

    /// <summary>The payment batch, once the claim is put in one.</summary>
    public string? BatchId { get; set; }

    public DateOnly? PaidOn { get; set; }

    /// <summary>发放凭证号.</summary>
    public string PaymentReference { get; set; } = "";

    /// <summary>The 查询码's salted hash (<c>ProgressCodes</c>); null for claims taken before codes existed, which no code opens.</summary>
    public string? ProgressCodeHash { get; set; }

    public DateOnly? PaymentFailedOn { get; set; }

    public string PaymentFailureReasonZh { get; set; } = "";

    public string PaymentFailureReference { get; set; } = "";

    public string PaymentFailureRecordedBy { get; set; } = "";

    public byte[]? ReviewThreshold { get; set; }

    public long? ReviewFromFen { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public bool ReviewReturned { get; set; }

    public string ReviewReasonZh { get; set; } = "";

    /// <summary>How it was received (<c>employment.common.v1.Channel</c>): at a counter (1), or an offer accepted in the hall (3).</summary>
    public int Channel { get; set; } = (int)Employment.Common.V1.Channel.Counter;

    /// <summary>The offer (免申即享) it was accepted from; empty otherwise.</summary>
    public string OfferId { get; set; } = "";

    public List<HiringClaimItemRecord> Items { get; set; } = [];
}
