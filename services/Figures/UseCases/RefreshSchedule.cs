using Employment.Policy.Model;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Scheduling;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Employment.Figures.UseCases;

/// <summary>
/// The figures kept current: for each city of <c>FigureRefreshes:Regions</c> a cron trigger in China time
/// (<c>FigureRefreshes:Schedule</c>, by default 04:00 every night, after the night's 免申即享 run) counts this year's
/// figures afresh, and last year's while January lasts (what the December before received is paid then), through the
/// platform's clustered Quartz on the service's PostgreSQL: one copy at a time, run again by another when its copy dies,
/// tried again after <c>FigureRefreshes:RetryAfter</c> when a service it reads is down. A view shows when it ran.
/// </summary>
public static partial class RefreshSchedule
{
    public const string DefaultSchedule = "0 0 4 * * ?";
    public const string Group = "figure-refreshes";

    /// <summary>Who a scheduled refresh is stored as: the service itself.</summary>
    public static readonly Caller Scheduler = new(CallerRole.Service, PlatformServices.Figures);

    public static JobKey JobOf(string region) => new($"figure-refresh-{region}", Group);

    /// <summary>The years a refresh on <paramref name="today"/> counts: this one, and the last while January lasts.</summary>
    public static IReadOnlyList<int> YearsOf(DateOnly today) => today.Month == 1 ? [today.Year - 1, today.Year] : [today.Year];

    public static IServiceCollection AddScheduledRefreshes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var regions = configuration.GetSection("FigureRefreshes:Regions").Get<string[]>() ?? [];
        if (regions.Length == 0)
        {
            return services;
        }

        foreach (var region in regions)
        {
            _ = Region.Parse(region); // a mistyped region stops the service at start, not the refresh at night
        }

        var (schedule, name) = ClusteredSchedules.SettingsOf(configuration, "FigureRefreshes", DefaultSchedule, Group);
        services.AddClusteredScheduler(name, configuration.GetConnectionString("FiguresPostgres"), q =>
        {
            foreach (var region in regions)
            {
                q.AddJob<RefreshJob>(j => j.WithIdentity(JobOf(region)).UsingJobData(RefreshJob.RegionKey, region).RequestRecovery());
                q.AddChinaCron(JobOf(region), $"figure-refresh-nightly-{region}", schedule);
            }
        });
        services.AddSingleton(new RefreshScheduleOptions(ClusteredSchedules.Span(configuration["FigureRefreshes:RetryAfter"], TimeSpan.FromMinutes(30))));
        return services;
    }

    /// <summary>How long a refresh that failed waits before it is tried again.</summary>
    public sealed record RefreshScheduleOptions(TimeSpan RetryAfter);

    /// <summary>A city's refresh, in a scope of its own.</summary>
    [DisallowConcurrentExecution]
    internal sealed partial class RefreshJob(IServiceScopeFactory scopes, ChinaClock clock, RefreshScheduleOptions options, ILogger<RefreshJob> logger) : IJob
    {
        public const string RegionKey = "region";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var region = Region.Parse(context.MergedJobDataMap.GetString(RegionKey)!);
            try
            {
                foreach (var year in YearsOf(clock.Today))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var refresh = await scope.ServiceProvider.GetRequiredService<RefreshFigures>().RunAsync(region, year, Scheduler, cancellationToken);
                    Refreshed(logger, region.Code, year, refresh.ItemsRead.Sum(s => s.Items));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A failed refresh leaves the last figures standing: it is run again whole, later.
                Failed(logger, region.Code, e);
                await ClusteredSchedules.RetryLaterAsync(context, options.RetryAfter);
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Figures of {Region} for {Year} refreshed: {Items} items read")]
        private static partial void Refreshed(ILogger logger, string region, int year, int items);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the figures of {Region} failed; it is tried again later")]
        private static partial void Failed(ILogger logger, string region, Exception exception);
    }
}
