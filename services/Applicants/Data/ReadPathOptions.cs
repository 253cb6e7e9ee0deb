namespace Employment.Applicants.Data;

/// <summary>
/// How a single profile is read (<c>Applicants:ReadPath</c>). Both default on; the earlier paths stay
/// reachable so the benchmark can measure what each change buys in one run. Either way a
/// read is answered only after its access row is committed.
/// </summary>
public sealed class ReadPathOptions
{
    public const string Section = "Applicants:ReadPath";

    /// <summary>Reads share the commits of their access rows (<see cref="ReadLogBatcher"/>); false: one save per read.</summary>
    public bool GroupCommitReadLog { get; set; } = true;

    /// <summary>The person and facts in one joined query (<see cref="ProfileQueries"/>); false: two queries.</summary>
    public bool JoinedProfileQuery { get; set; } = true;
}
