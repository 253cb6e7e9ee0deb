namespace Employment.Jobs.Data;

/// <summary>
/// A search's kept total and facets, one row per text and filter set (<see cref="Key"/>: a hash of
/// the plan's count key), in the service's database so that every copy of the service reads the same
/// counts and one copy, not every caller, counts again when they lapse.
/// </summary>
public sealed class SearchCountRecord
{
    /// <summary>SHA-256 of the plan's count key, hex.</summary>
    public string Key { get; set; } = "";

    /// <summary>The counts as JSON (<c>SearchCounts</c>); null until first counted.</summary>
    public string? Counts { get; set; }

    /// <summary>When they were counted, in Unix milliseconds (0 = not yet).</summary>
    public long CountedAtMs { get; set; }

    /// <summary>Until when one caller has taken the recount, in Unix milliseconds (0 = nobody).</summary>
    public long RecountClaimedUntilMs { get; set; }
}
