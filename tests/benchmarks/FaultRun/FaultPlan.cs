namespace FaultRun;

/// <summary>
/// One fault: the script commands that cause it and heal it (deploy/run-production.sh kill, respawn,
/// restart, wait-primary), how long it is left in place between the two, and what puts the shape back
/// as it was once the fault's figures are taken (a lost PostgreSQL member rejoining as a replica).
/// </summary>
public sealed record FaultPlan(string Name, string[] Inject, string[]? Heal, TimeSpan Hold, string[]? Rejoin = null)
{
    /// <summary>Whether this fault takes the PostgreSQL primary away (its legs are timed from the new primary).</summary>
    public bool LosesPrimary => Inject[^1] == "postgres-primary";

    /// <summary>The production faults, one at a time, in this order.</summary>
    public static IReadOnlyList<FaultPlan> Standard(TimeSpan hold) =>
    [
        new("kill -9 of the PostgreSQL primary (Patroni, postmaster and backends), failover to the synchronous standby",
            ["kill", "postgres-primary"], ["wait-primary"], TimeSpan.Zero, ["respawn", "postgres"]),
        CopyKill(hold),
        new("rolling restart of every service copy, one after another", ["rolling-restart"], null, TimeSpan.Zero),
        new("gateway restarted (SIGTERM, started again)", ["restart", "gateway"], null, TimeSpan.Zero),
        new("Redis killed (SIGKILL) and restarted", ["kill", "redis"], ["respawn", "redis"], hold),
    ];

    /// <summary>The smoke run's one fault: a service copy killed with its twin alive, and respawned.</summary>
    public static IReadOnlyList<FaultPlan> Smoke(TimeSpan hold) => [CopyKill(hold)];

    private static FaultPlan CopyKill(TimeSpan hold) =>
        new("kill -9 of startup-loans-1 with startup-loans-2 alive, respawned", ["kill", "startup-loans-1"], ["respawn", "startup-loans-1"], hold);
}

/// <summary>When a fault began and when the script said it was healed (the process answering again).</summary>
public sealed record FaultTimes(FaultPlan Plan, double Before, double Injected, double Healed, double After);
