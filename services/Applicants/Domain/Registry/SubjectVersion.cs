namespace Employment.Applicants.Domain.Registry;

/// <summary>Optimistic concurrency of a person's or an employer's record: a change names the version it read.</summary>
public static class SubjectVersion
{
    /// <summary>An update must name the version it is based on, so it never overwrites a change its clerk did not see.</summary>
    public static void RequireExpected(long expectedVersion)
    {
        if (expectedVersion <= 0)
        {
            throw DomainRuleException.Invalid("expected_version", "请提供修改所依据的记录版本号（expected_version），以免覆盖他人的修改。");
        }
    }

    /// <summary>A stale version (ABORTED, both versions named); 0 means the change names none (adding or correcting a fact).</summary>
    public static void RequireCurrent(IRegistrySubject subject, long expectedVersion, string whatZh)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (expectedVersion != 0 && subject.Version != expectedVersion)
        {
            throw DomainRuleException.Stale(whatZh, subject.Version, expectedVersion);
        }
    }
}
