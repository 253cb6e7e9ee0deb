using Employment.ServiceDefaults.Data;

namespace Employment.ServiceDefaults.Time;

/// <summary>
/// The platform's one clock: instants from <see cref="TimeProvider"/>, calendar dates in China
/// (Asia/Shanghai, UTC+8 all year). Policy periods, birth dates and claim quarters are Beijing dates,
/// whatever zone the machine runs in: a container on UTC is a day behind from 00:00 to 08:00 Beijing
/// time, so no service asks the machine's zone.
/// </summary>
public sealed class ChinaClock(TimeProvider time)
{
    /// <summary>Asia/Shanghai: UTC+8 with no daylight saving since 1991, so a fixed offset is exact.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Now, truncated to the microsecond every database stores.</summary>
    public DateTimeOffset Now => Microseconds.Truncate(time.GetUtcNow());

    /// <summary>Today's date in China.</summary>
    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>The date in China at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The system clock, for code that runs outside a host's container (demo data, tools).</summary>
    public static ChinaClock System { get; } = new(TimeProvider.System);
}
