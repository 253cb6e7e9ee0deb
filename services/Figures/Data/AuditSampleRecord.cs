using Employment.Persistence.Records;

namespace Employment.Figures.Data;

/// <summary>
/// A drawn audit sample (15号（十九）): the county, the year of the checks, the seed and share it was drawn with, and the
/// answer as it was (employment.figures.v1.AuditSample without its records, serialised). Its records are
/// <see cref="AuditSampleItemRecord"/> rows.
/// </summary>
public sealed class AuditSampleRecord : AuditedRecord
{
    /// <summary>"A" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string Region { get; set; }

    public int Year { get; set; }

    public long Seed { get; set; }

    public required byte[] Summary { get; set; }
}

/// <summary>One record a sample drew, as the figures' items held it when drawn (a later refresh may replace those).</summary>
public sealed class AuditSampleItemRecord
{
    public required string SampleId { get; set; }

    public required string Service { get; set; }

    public required string Reference { get; set; }

    public int ItemNo { get; set; }

    public required string Region { get; set; }

    public required string Measure { get; set; }

    public required string MeasureZh { get; set; }

    public long AmountFen { get; set; }

    public required string NameMasked { get; set; }

    public required string EmployerName { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly? PaidOn { get; set; }
}
