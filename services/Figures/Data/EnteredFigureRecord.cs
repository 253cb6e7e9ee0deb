using Employment.Persistence.Records;

namespace Employment.Figures.Data;

/// <summary>
/// A figure the bureau entered for a target the platform does not count (城镇新增就业, the county's fund input),
/// with its source. One row per region, year and key holds the figure in force; each entry is also kept in
/// <see cref="EnteredFigureHistoryRecord"/>.
/// </summary>
public sealed class EnteredFigureRecord : AuditedRecord
{
    public required string Region { get; set; }

    public int Year { get; set; }

    public required string Key { get; set; }

    public decimal Value { get; set; }

    public required string SourceZh { get; set; }
}

/// <summary>Every entry of an entered figure, oldest first: what it was, from which source, entered by whom and when.</summary>
public sealed class EnteredFigureHistoryRecord
{
    public long Id { get; set; }

    public required string Region { get; set; }

    public int Year { get; set; }

    public required string Key { get; set; }

    public decimal Value { get; set; }

    public required string SourceZh { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public required string EnteredBy { get; set; }
}
