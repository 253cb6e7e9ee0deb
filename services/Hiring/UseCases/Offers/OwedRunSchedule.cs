using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Employment.Hiring.UseCases;

/// <summary>
/// When the monthly 免申即享 run goes (<see cref="OwedRun"/>), through Quartz: for each city of <c>OwedRuns:Cities</c> a
/// cron trigger in China time (<c>OwedRuns:Schedule</c>, by default 02:00 on the 1st) whose job shares the city's run out
/// as one one-shot trigger per district or county (<see cref="Places.PartsOf"/>). With PostgreSQL the scheduler keeps its
/// jobs in the service's database (the tables created at first start) as a cluster: every copy of the service takes
/// triggers from the same store, so the shares spread over the copies, each share runs on one copy at a time, and a
/// share whose copy died is run again by another (recovery) and carries on after its checkpoint; a share that failed
/// is tried again after <c>OwedRuns:RetryAfter</c>. Without cities configured nothing is scheduled.
/// </summary>
public static partial class OwedRunSchedule
{
    public const string DefaultSchedule = "0 0 2 1 * ?";
    public const string Group = "hiring-owed-runs";

    public static readonly JobKey CityJobKey = new("owed-run-city", Group);
    public static readonly JobKey ShareJobKey = new("owed-run-share", Group);

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// The schedule's clock: real time. The run's business date is the service's clock (ChinaClock), which a test or a
    /// back-dated run may set elsewhere; a trigger set on that clock would fire years early or never.
    /// </summary>
    private static readonly TimeProvider SchedulerTime = TimeProvider.System;

    public static IServiceCollection AddOwedRuns(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<OwedRun>();
        var cities = configuration.GetSection("OwedRuns:Cities").Get<string[]>() ?? [];
        if (cities.Length == 0)
        {
            return services;
        }

        var schedule = configuration["OwedRuns:Schedule"] is { Length: > 0 } cron ? cron : DefaultSchedule;
        // One name for every copy of the service: the cluster is the schedulers of one name sharing one store.
        var name = configuration["OwedRuns:SchedulerName"] is { Length: > 0 } given ? given : Group;
        var postgres = configuration.GetConnectionString("HiringPostgres");
        services.AddQuartz(name, q =>
        {
            q.UseTimeProvider(SchedulerTime);
            if (postgres is { Length: > 0 })
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(postgres);
                    store.UseClustering();
                    store.ProvisionSchema();
                    store.UseSystemTextJsonSerializer();
                });
            }

            q.AddJob<ShareJob>(j => j.WithIdentity(ShareJobKey).StoreDurably().RequestRecovery());
            foreach (var city in cities)
            {
                var job = new JobKey($"{CityJobKey.Name}-{city}", Group);
                q.AddJob<CityRunJob>(j => j.WithIdentity(job).UsingJobData(CityRunJob.CityKey, city));
                q.AddTrigger(t => t.ForJob(job).WithIdentity($"owed-run-monthly-{city}", Group)
                    .WithCronSchedule(schedule, c => c.InTimeZone(China).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        services.AddQuartzHostedService(name, o => o.WaitForJobsToComplete = true);
        services.AddSingleton(new OwedRunOptions(TimeSpan.TryParse(configuration["OwedRuns:RetryAfter"], System.Globalization.CultureInfo.InvariantCulture, out var retry) ? retry : TimeSpan.FromMinutes(10)));
        return services;
    }

    /// <summary>The shares' one-shot triggers for a city's run of this month; a share's trigger already waiting is left.</summary>
    public static async Task ShareOutAsync(IScheduler scheduler, string city, DateOnly today, int lookBackMonths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var runKey = $"{city}/{today:yyyy-MM}";
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
                await scheduler.ScheduleJob(ShareTrigger(new TriggerKey($"{runKey}/{part}", Group), SchedulerTime.GetUtcNow(), data), default, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // The share's trigger is waiting already (another copy shared the run out first).
            }
        }
    }

    /// <summary>A one-shot trigger of a share, fired as soon as a copy can when its time has passed.</summary>
    private static ITrigger ShareTrigger(TriggerKey key, DateTimeOffset at, JobDataMap share) =>
        TriggerBuilder.Create().WithIdentity(key).ForJob(ShareJobKey).StartAt(at).UsingJobData(share)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();

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
                var retry = new TriggerKey($"{runKey}/{county}/retry-{SchedulerTime.GetUtcNow():yyyyMMddHHmmss}", Group);
                await context.Scheduler.ScheduleJob(ShareTrigger(retry, SchedulerTime.GetUtcNow() + options.RetryAfter, context.Trigger.JobDataMap), default, CancellationToken.None);
            }
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Owed run {RunKey} {County} stopped; it carries on later from its checkpoint")]
        private static partial void Failed(ILogger logger, string runKey, string county, Exception exception);
    }
}
