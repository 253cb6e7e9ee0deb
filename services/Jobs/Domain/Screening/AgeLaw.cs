namespace Employment.Jobs.Domain.Screening;

/// <summary>
/// The ages the law sets for a posting (R29: "age only as the law requires"), from the catalog on the
/// filing day in the work place's region: the minimum working age (劳动法 第十五条) and the age until
/// which a worker is a 未成年工 whom 第六十四条 keeps from the work it names — the only higher minimum the law
/// sets. Each with its citation as a clerk reads it.
/// </summary>
public sealed record AgeLaw(int MinimumWorkingAge, string MinimumCitation, int MinorWorkerUntilAge, string MinorWorkerCitation);

/// <summary>The catalog keys of <see cref="AgeLaw"/>; the module requires <see cref="All"/> at start-up.</summary>
public static class ScreeningPolicyKeys
{
    /// <summary>劳动法 第十五条 "禁止用人单位招用未满十六周岁的未成年人" (document cn-labour-law, ruling R29).</summary>
    public const string MinimumWorkingAge = "jobs.posting.minimum_working_age";

    /// <summary>劳动法 第五十八条、第六十四条: 未成年工 are 16 to under 18 and are kept from the work 第六十四条 names.</summary>
    public const string MinorWorkerUntilAge = "jobs.posting.minor_worker_until_age";

    public static IReadOnlyList<string> All { get; } = [MinimumWorkingAge, MinorWorkerUntilAge];
}
