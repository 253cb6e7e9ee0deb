namespace Employment.Figures.Data;

/// <summary>
/// One measure's figures in one region and period, as the last refresh counted them: what a view reads, so
/// nothing is recounted when someone looks. <see cref="Measure"/> is empty for all measures together, and
/// <see cref="Month"/> 0 for the whole year (people and employers are counted once a year, not summed over months).
/// </summary>
public sealed class FigureCellRecord
{
    public required string Region { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public required string Measure { get; set; }

    public required string MeasureZh { get; set; }

    /// <summary>A breakdown (<see cref="Domain.FigureFacets"/>: channel, audience, level) and its value; both empty for the figures themselves.</summary>
    public string Dimension { get; set; } = "";

    public string Value { get; set; } = "";

    public int Received { get; set; }

    public long ReceivedFen { get; set; }

    public int Granted { get; set; }

    public int Refused { get; set; }

    public int Withdrawn { get; set; }

    public int Pending { get; set; }

    public int DecidedInLimit { get; set; }

    public int DecidedLate { get; set; }

    public int DecidedWithoutLimit { get; set; }

    public long DecidedWorkingDays { get; set; }

    public int OpenOverdue { get; set; }

    public int Paid { get; set; }

    public long PaidFen { get; set; }

    public long SubsidyFen { get; set; }

    public int PeopleReached { get; set; }

    public int EmployersReached { get; set; }
}
