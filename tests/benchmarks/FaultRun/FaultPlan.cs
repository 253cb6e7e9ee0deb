namespace FaultRun;

/// <summary>
/// One fault: the script commands that cause it and heal it (deploy/run-production.sh kill, respawn,
/// restart), and how long it is left in place between the two.
/// </summary>
public sealed record FaultPlan(string Name, string[] Inject, string[]? Heal, TimeSpan Hold)
{
    /// <summary>The issue's four, one at a time, in its order.</summary>
    public static IReadOnlyList<FaultPlan> IssueSeventeen(TimeSpan hold) =>
    [
        new("kill -9 of startup-loans-1, respawned", ["kill", "startup-loans-1"], ["respawn", "startup-loans-1"], hold),
        new("Redis killed (SIGKILL) and restarted", ["kill", "redis"], ["respawn", "redis"], hold),
        new("PostgreSQL restarted (pg_ctl restart -m fast)", ["restart", "postgres"], null, TimeSpan.Zero),
        new("gateway restarted (SIGTERM, started again)", ["restart", "gateway"], null, TimeSpan.Zero),
    ];
}

/// <summary>When a fault began and when the script said it was healed (the process answering again).</summary>
public sealed record FaultTimes(FaultPlan Plan, double Before, double Injected, double Healed, double After);
