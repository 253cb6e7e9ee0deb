using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Scheduling;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Employment.Hiring.UseCases;

/// <summary>
/// When the monthly 免申即享 run goes (<see cref="OwedRun"/>), through the platform's clustered Quartz
/// (<see cref="ClusteredSchedules"/>, on the service's PostgreSQL): for each city of <c>OwedRuns:Cities</c> a cron
/// trigger in China time (<c>OwedRuns:Schedule</c>, by default 02:00 every night: an offer follows the facts that make it owed by a day,
/// where a monthly run kept it a month — the 免申即享 simulation measured both) whose job shares the city's run out as
/// one one-shot trigger per district or county (<see cref="Places.PartsOf"/>). The shares spread over the copies of the
/// service, each runs on one copy at a time, a share whose copy died is run again by another (recovery) and carries on
/// after its checkpoint; a share that failed is tried again after <c>OwedRuns:RetryAfter</c>. Without cities configured
/// nothing is scheduled.
/// </summary>
public static partial class OwedRunSchedule
{
    public const string DefaultSchedule = "0 0 2 * * ?";
    public const string Group = "hiring-owed-runs";

    public static readonly JobKey CityJobKey = new("owed-run-city", Group);
    public static readonly JobKey ShareJobKey = new("owed-run-share", Group);

    public static IServiceCollection AddOwedRuns(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<OwedRun>();
        var cities = configuration.GetSection("OwedRuns:Cities").Get<string[]>() ?? [];
        if (cities.Length == 0)
        {
            return services;
        }

        var (schedule, name) = ClusteredSchedules.SettingsOf(configuration, "OwedRuns", DefaultSchedule, Group);
        services.AddClusteredScheduler(name, configuration.GetConnectionString("HiringPostgres"), q =>
        {
            q.AddJob<ShareJob>(j => j.WithIdentity(ShareJobKey).StoreDurably().RequestRecovery());
            foreach (var city in cities)
            {
                var job = new JobKey($"{CityJobKey.Name}-{city}", Group);
                q.AddJob<CityRunJob>(j => j.WithIdentity(job).UsingJobData(CityRunJob.CityKey, city));
                q.AddChinaCron(job, $"owed-run-monthly-{city}", schedule);
            }
        });
        services.AddSingleton(new OwedRunOptions(ClusteredSchedules.Span(configuration["OwedRuns:RetryAfter"], TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>The shares' one-shot triggers for a city's run of the day; a share's trigger already waiting is left.</summary>
    public static async Task ShareOutAsync(IScheduler scheduler, string city, DateOnly today, int lookBackMonths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var runKey = $"{city}/{today:yyyy-MM-dd}";
        var from = today.AddMonths(-Math.Clamp(lookBackMonths, 1, 120));
        foreach (var part in Places.PartsOf(city))
        {
            var data = new JobDataMap
            {
                [ShareJob.RunKey] = runKey,
                [ShareJob.County] = part,
                [ShareJob.From] = from.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                [ShareJob.Until] = today.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            };
            try
            {
                await scheduler.ScheduleJob(ClusteredSchedules.OneShot(new TriggerKey($"{runKey}/{part}", Group), ShareJobKey, ClusteredSchedules.Time.GetUtcNow(), data), default, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // The share's trigger is waiting already (another copy shared the run out first).
            }
        }
    }

    /// <summary>How long a share that failed waits before it is tried again.</summary>
    public sealed record OwedRunOptions(TimeSpan RetryAfter);

    /// <summary>A city's monthly run: shared out to its districts and counties.</summary>
    [DisallowConcurrentExecution]
    internal sealed class CityRunJob(ChinaClock clock, OfferOptions offers) : IJob
    {
        public const string CityKey = "city";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
            await ShareOutAsync(context.Scheduler, context.MergedJobDataMap.GetString(CityKey)!, clock.Today, offers.LookBackMonths, cancellationToken);
    }

    /// <summary>One county's share, in a scope of its own; tried again later when it fails or the service stops under it.</summary>
    internal sealed partial class ShareJob(IServiceScopeFactory scopes, OwedRunOptions options, ILogger<ShareJob> logger) : IJob
    {
        public const string RunKey = "run";
        public const string County = "county";
        public const string From = "from";
        public const string Until = "until";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var data = context.MergedJobDataMap;
            var (runKey, county) = (data.GetString(RunKey)!, data.GetString(County)!);
            var (from, until) = (DateOnly.Parse(data.GetString(From)!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(data.GetString(Until)!, System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OwedRun>().RunAsync(runKey, Region.Parse(county), from, until, progress: null, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The share's trigger is spent: another, later, carries on after the checkpoint (the service may be stopping).
                Failed(logger, runKey, county, e);
                await ClusteredSchedules.RetryLaterAsync(context, options.RetryAfter);
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Owed run {RunKey} {County} stopped; it carries on later from its checkpoint")]
        private static partial void Failed(ILogger logger, string runKey, string county, Exception exception);
    }
}
