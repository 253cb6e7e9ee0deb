namespace Employment.Jobs.Data.Seekers;

/// <summary>
/// One of a seeker's tags (<c>Domain/Matching/TagKind</c>): a stated one (occupation, county, kind,
/// skill), or — with <see cref="Excluded"/> — a registry tag the seeker deleted, kept so that it stays
/// out of matching while the registry still holds the fact. Replaced with the seeker's preferences,
/// so it carries no audit columns of its own (the seeker's record does).
/// </summary>
public sealed class SeekerTagRecord
{
    public long Key { get; set; }

    public long SeekerKey { get; set; }

    public int Kind { get; set; }

    public string Value { get; set; } = "";

    /// <summary>For an occupation: its 小类, so a posting finds seekers of the same group by index.</summary>
    public string Group { get; set; } = "";

    public bool Excluded { get; set; }
}
