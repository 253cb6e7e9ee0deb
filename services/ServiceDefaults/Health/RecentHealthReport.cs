using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Employment.ServiceDefaults.Health;

/// <summary>
/// Answers a probe that asks about some of the checks (every grpc.health.v1 call does: the whole
/// server, one service, or liveness) from one report of all the checks at most <see cref="FreshFor"/>
/// old, run by whichever probe finds it stale while the others wait for that same run. Running the
/// checks for every probe cost a third of a trivial call's time on a busy host (a task per check, a
/// scope, a database round trip in the services that have one), and a load balancer probing many
/// copies of a service several times a second would put that on the database as well.
/// </summary>
/// <remarks>
/// A caller asking for the whole report (no predicate: <c>/healthz</c>, an operator's tool) gets the
/// checks run afresh, as before. Staleness is measured on the monotonic clock, never on the business
/// clock a test may hold still.
/// </remarks>
internal sealed class RecentHealthReport(HealthCheckService checks, IOptions<HealthCheckServiceOptions> options) : HealthCheckService
{
    /// <summary>How old a report a probe may be answered from: far below any probe's period.</summary>
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();

    /// <summary>The latest run and when it started, swapped as one so a probe reads both without the lock.</summary>
    private volatile Run? _latest;

    public override async Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        if (predicate is null)
        {
            return await checks.CheckHealthAsync(null, cancellationToken);
        }

        // The shared run is not cancelled by one probe going away: the others still wait for it.
        var report = await Latest().WaitAsync(cancellationToken);
        var entries = new Dictionary<string, HealthReportEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var registration in options.Value.Registrations)
        {
            if (predicate(registration) && report.Entries.TryGetValue(registration.Name, out var entry))
            {
                entries[registration.Name] = entry;
            }
        }

        return new HealthReport(entries, report.TotalDuration);
    }

    private Task<HealthReport> Latest()
    {
        var latest = _latest;
        if (latest is not null && !latest.Stale)
        {
            return latest.Report;
        }

        lock (_gate)
        {
            // Another probe may have started a run while this one waited for the lock.
            if (_latest is not { Stale: false } current)
            {
                current = new Run(checks.CheckHealthAsync(null, CancellationToken.None), Stopwatch.GetTimestamp());
                _latest = current;
            }

            return current.Report;
        }
    }

    /// <summary>A run of every check; under way, or finished less than <see cref="FreshFor"/> after it started, it is not stale.</summary>
    private sealed record Run(Task<HealthReport> Report, long Started)
    {
        public bool Stale => Report.IsCompleted && Stopwatch.GetElapsedTime(Started) > FreshFor;
    }

    /// <summary>Puts this in front of the health check service the host registered.</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(HealthCheckService));
        if (registered?.ImplementationType is not { } implementation)
        {
            return;
        }

        services.Remove(registered);
        services.AddSingleton<HealthCheckService>(provider => new RecentHealthReport(
            (HealthCheckService)ActivatorUtilities.CreateInstance(provider, implementation),
            provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>()));
    }
}
