using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Scheduling;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>
/// The auditors' scan on a schedule, through the platform's clustered Quartz (<see cref="ClusteredSchedules"/>, on the
/// service's PostgreSQL): for each region of <c>RiskScans:Regions</c> a cron trigger in China time
/// (<c>RiskScans:Schedule</c>, by default 03:00 on the 2nd, after the night's 免申即享 run) scans what was received in the
/// <c>RiskScans:LookBackMonths</c> whole months before (twelve by default), as <see cref="RunScan"/> does for an
/// auditor. A city's scan is one job, run on one copy at a time (a shared account or a relation crosses counties); its
/// key names the region and month, so the month's scan is stored once however often it fires, a scan whose copy died is
/// run again by another, and one that failed is tried again after <c>RiskScans:RetryAfter</c>. Its figures are the
/// stored scan's summary, listed with the auditors' own.
/// </summary>
public static partial class ScanSchedule
{
    public const string DefaultSchedule = "0 0 3 2 * ?";
    public const string Group = "risk-scans";

    /// <summary>Who a scheduled scan is stored as: the service itself, not an auditor.</summary>
    public static readonly Caller Scheduler = new(CallerRole.Service, PlatformServices.Risk);

    public static JobKey JobOf(string region) => new($"risk-scan-{region}", Group);

    /// <summary>The key a region's scan of a month is stored under: fired twice, it is stored once.</summary>
    public static string KeyOf(string region, DateOnly today) => $"scheduled/{region}/{today:yyyy-MM}";

    /// <summary>The whole months before this one that a scheduled scan reads.</summary>
    public static DatePeriod PeriodOf(DateOnly today, int lookBackMonths)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return new DatePeriod
        {
            From = ProtoMapping.ToProto(month.AddMonths(-Math.Clamp(lookBackMonths, 1, 120))),
            Until = ProtoMapping.ToProto(month.AddDays(-1)),
        };
    }

    public static IServiceCollection AddScheduledScans(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var regions = configuration.GetSection("RiskScans:Regions").Get<string[]>() ?? [];
        if (regions.Length == 0)
        {
            return services;
        }

        foreach (var region in regions)
        {
            _ = Region.Parse(region); // a mistyped region stops the service at start, not the scan a month later
        }

        var (schedule, name) = ClusteredSchedules.SettingsOf(configuration, "RiskScans", DefaultSchedule, Group);
        services.AddClusteredScheduler(name, configuration.GetConnectionString("RiskPostgres"), q =>
        {
            foreach (var region in regions)
            {
                q.AddJob<ScanJob>(j => j.WithIdentity(JobOf(region)).UsingJobData(ScanJob.RegionKey, region).RequestRecovery());
                q.AddChinaCron(JobOf(region), $"risk-scan-monthly-{region}", schedule);
            }
        });
        services.AddSingleton(new ScanScheduleOptions(
            int.TryParse(configuration["RiskScans:LookBackMonths"], System.Globalization.CultureInfo.InvariantCulture, out var months) ? months : 12,
            ClusteredSchedules.Span(configuration["RiskScans:RetryAfter"], TimeSpan.FromMinutes(30))));
        return services;
    }

    /// <summary>How far back a scheduled scan reads, and how long one that failed waits before it is tried again.</summary>
    public sealed record ScanScheduleOptions(int LookBackMonths, TimeSpan RetryAfter);

    /// <summary>A region's scan of the month, in a scope of its own.</summary>
    [DisallowConcurrentExecution]
    internal sealed partial class ScanJob(IServiceScopeFactory scopes, ChinaClock clock, ScanScheduleOptions options, ILogger<ScanJob> logger) : IJob
    {
        public const string RegionKey = "region";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var region = context.MergedJobDataMap.GetString(RegionKey)!;
            var today = clock.Today;
            var request = new V1.RunScanRequest
            {
                IdempotencyKey = KeyOf(region, today),
                Region = new RegionCode { Code = region },
                Received = PeriodOf(today, options.LookBackMonths),
            };
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var summary = await scope.ServiceProvider.GetRequiredService<RunScan>().RunAsync(request, Scheduler, cancellationToken);
                Scanned(logger, region, summary.ScanId, summary.ItemsRead.Sum(c => c.Items), summary.Found.Sum(f => f.Raised));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Nothing of a failed scan is stored: it is run again whole, later (a source may be down, the service stopping).
                Failed(logger, region, e);
                await ClusteredSchedules.RetryLaterAsync(context, options.RetryAfter);
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled risk scan of {Region}: {ScanId}, {Items} items read, {Raised} signals raised")]
        private static partial void Scanned(ILogger logger, string region, string scanId, int items, int raised);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled risk scan of {Region} failed; it is tried again later")]
        private static partial void Failed(ILogger logger, string region, Exception exception);
    }
}
