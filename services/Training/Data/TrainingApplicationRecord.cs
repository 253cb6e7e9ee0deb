using System.ComponentModel.DataAnnotations.Schema;
using Employment.Persistence.Materials;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.Persistence.Records;
using Employment.Persistence.Reviews;
using Employment.Persistence.Work;

namespace Employment.Training.Data;

/// <summary>
/// One training-subsidy application. The person is kept by registry id and masked identity number
/// only; the explanation it was judged with is kept whole (the contract's message, serialised), so
/// an answer shows the reasons as they were when the application was taken.
/// </summary>
public sealed class TrainingApplicationRecord : AuditedRecord, IProgressCoded, IPayable, IReviewable, IHandled
{
    /// <summary>经办人 once the office's reviewer handed it over; empty while it is the clerk who took it.</summary>
    public string HandledBy { get; set; } = "";

    /// <summary>"T" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    /// <summary>How it was received (<c>employment.common.v1.Channel</c>): at a counter (1) or online (2).</summary>
    public int Channel { get; set; } = (int)Employment.Common.V1.Channel.Counter;

    /// <summary>The 申报材料 received with a new application, stored with it in its write (table "materials"); not a column.</summary>
    [NotMapped]
    public IReadOnlyList<CheckedMaterial> Received { get; set; } = [];

    /// <summary>The files as the answer to its submission lists them, once stored; not a column.</summary>
    [NotMapped]
    public IReadOnlyList<Employment.Common.V1.MaterialInfo> Stored { get; set; } = [];

    /// <summary>An employment.training.v1.SubsidyKind number.</summary>
    public int Kind { get; set; }

    /// <summary>A <see cref="Domain.Applications.ApplicationStatus"/>.</summary>
    public int Status { get; set; }

    public required string PersonId { get; set; }

    /// <summary>The registry's id of the enterprise whose agent applied online (新型学徒制, paid to the enterprise); empty otherwise.</summary>
    public string EmployerId { get; set; } = "";

    /// <summary>Whose it is, as a person or an employer's agent is shown their own: the applicant's, or the enterprise's that applied online.</summary>
    public Employment.ServiceDefaults.Security.RecordOwner Owner => new(PersonId, EmployerId);

    public required string IdNumberMasked { get; set; }

    /// <summary>The decision region (R27); counters see the applications of their region.</summary>
    public required string Region { get; set; }

    /// <summary>As written on the certificate.</summary>
    public required string CertificateNumber { get; set; }

    /// <summary>Upper-case, trimmed: unique per kind, so a certificate is applied for once, ever (R24).</summary>
    public required string CertificateKey { get; set; }

    public required string OccupationCode { get; set; }

    public string OccupationName { get; set; } = "";

    /// <summary>A <see cref="Domain.SkillUpgrade.CertificateLevel"/>.</summary>
    public int Level { get; set; }

    public DateOnly IssueDate { get; set; }

    public string IssuingBody { get; set; } = "";

    public long AmountFen { get; set; }

    /// <summary>职业培训补贴: the completed course (empty for the other kinds).</summary>
    public string CourseId { get; set; } = "";

    public string CourseInstitutionName { get; set; } = "";

    public string CourseInstitutionCreditCode { get; set; } = "";

    public DateOnly? CourseStart { get; set; }

    /// <summary>The course's end: the date its rules are read on (R1), and "the same training" of R24.</summary>
    public DateOnly? CourseEnd { get; set; }

    public int CourseHours { get; set; }

    /// <summary>新型学徒制: the enterprise paid (R26), and the apprentice's training year (1 = first); empty / 0 for the other kinds.</summary>
    public string EnterpriseCreditCode { get; set; } = "";

    public string EnterpriseName { get; set; } = "";

    public int TrainingYear { get; set; }

    public DateOnly? TrainingYearStart { get; set; }

    public DateOnly? TrainingYearEnd { get; set; }

    /// <summary>employment.common.v1.Explanation, serialised.</summary>
    public required byte[] Explanation { get; set; }

    public string DecisionReasonZh { get; set; } = "";

    public string PaymentAccount { get; set; } = "";

    /// <summary>For the public notice (张*明); the full name stays in the registry.</summary>
    public string NameMasked { get; set; } = "";

    /// <summary>The payment batch, once the application is put in one.</summary>
    public string? BatchId { get; set; }

    public DateOnly? PaidOn { get; set; }

    /// <summary>发放凭证号.</summary>
    public string PaymentReference { get; set; } = "";

    /// <summary>When the counter decided (approved or refused): a step of 办理进度's history.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The clerk who approved or refused (empty while undecided): what an audit compares with the applicant (优亲厚友).</summary>
    public string DecidedBy { get; set; } = "";

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

    /// <summary>When the payment was recorded (PaidOn is the day the money went out): a step of 办理进度's history.</summary>
    public DateTimeOffset? PaidRecordedAt { get; set; }

    /// <summary>The 查询码's salted hash (<c>ProgressCodes</c>); null for rows taken before codes existed, which no code opens.</summary>
    public string? ProgressCodeHash { get; set; }
}
