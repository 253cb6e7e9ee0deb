namespace Employment.Figures.Data;

/// <summary>
/// One item of a service's audit export as the last refresh of its city read it: what a figure counts and what a
/// clerk opens behind it. Keyed by the owning service, its reference and the item's number.
/// </summary>
public sealed class FigureItemRecord
{
    public required string Service { get; set; }

    public required string Reference { get; set; }

    public int ItemNo { get; set; }

    /// <summary>The city whose refresh read it (410800, 419001): a refresh replaces its city's items.</summary>
    public required string City { get; set; }

    /// <summary>The item's decision region (a county, or the city itself).</summary>
    public required string Region { get; set; }

    public required string Measure { get; set; }

    public required string MeasureZh { get; set; }

    /// <summary>An <see cref="Common.V1.AuditedStatus"/>.</summary>
    public int Status { get; set; }

    /// <summary>
    /// The record of a benefit given (a loan the bank registered) rather than an application received: it counts as
    /// paid (issued), never as received.
    /// </summary>
    public bool BenefitGiven { get; set; }

    /// <summary>What was claimed or paid; a loan's whole principal.</summary>
    public long AmountFen { get; set; }

    public required string PersonId { get; set; }

    public required string NameMasked { get; set; }

    public required string EmployerId { get; set; }

    public required string EmployerName { get; set; }

    /// <summary>受理日期 (R31).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The day it was paid (a loan: issued); null while unpaid.</summary>
    public DateOnly? PaidOn { get; set; }

    /// <summary>How it was received (employment.common.v1.Channel; 0 for a loan issued).</summary>
    public int Channel { get; set; }

    /// <summary>The day decided (办结), and the last day of its 办结时限; null while undecided, or where the region sets no limit.</summary>
    public DateOnly? DecidedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The groups the person was decided in (<see cref="Domain.ItemGroups"/>: ",graduate_unemployed_2y,"; empty when none).</summary>
    public string Groups { get; set; } = "";

    /// <summary>A training's certificate level (1 一级 … 5 五级, 6 无等级); 0 for everything else.</summary>
    public int Level { get; set; }

    /// <summary>A loan's interest subsidy approved so far; 0 for everything else.</summary>
    public long SubsidyFen { get; set; }
}
