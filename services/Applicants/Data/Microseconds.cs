namespace Employment.Applicants.Data;

/// <summary>Times as PostgreSQL keeps them (to the microsecond), so an answer equals a later read.</summary>
public static class Microseconds
{
    public static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.Ticks % 10));
}
