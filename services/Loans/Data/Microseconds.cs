namespace Employment.Loans.Data;

/// <summary>
/// Times as PostgreSQL keeps them (to the microsecond), so an answer equals a later read. Record
/// times are UTC (offset zero): Npgsql refuses to write any other offset to timestamptz.
/// </summary>
public static class Microseconds
{
    public static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.Ticks % 10));
}
