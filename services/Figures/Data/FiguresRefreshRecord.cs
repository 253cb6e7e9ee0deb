namespace Employment.Figures.Data;

/// <summary>The last refresh of a city's figures for a year: when, and what it read from each service.</summary>
public sealed class FiguresRefreshRecord
{
    public required string City { get; set; }

    public int Year { get; set; }

    public DateTimeOffset RefreshedAt { get; set; }

    public required string RefreshedBy { get; set; }

    /// <summary>employment.figures.v1.FiguresRefresh, serialised: the answer as it was.</summary>
    public required byte[] Summary { get; set; }
}
