namespace Employment.ServiceDefaults.Data;

/// <summary>
/// Times as PostgreSQL keeps them (to the microsecond), so that the answer to a write equals a later
/// read. Use UTC: PostgreSQL's timestamp columns refuse other offsets.
/// </summary>
public static class Microseconds
{
    public static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.Ticks % 10));
}
