namespace Employment.TestInfrastructure;

/// <summary>A clock a test sets: the service's "now" at an instant the test chooses.</summary>
public sealed class SettableClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;
}
