using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Employment.ServiceDefaults.Scheduling;

/// <summary>
/// Quartz as the services run their periodic work (the monthly 免申即享 run, the auditors' scan): with a PostgreSQL
/// connection the scheduler keeps its jobs in the service's own database (its tables created at first start) as a
/// cluster, so every copy of the service takes triggers from one store, a job runs on one copy at a time, and a job
/// whose copy died is run again by another (recovery); without one (the embedded SQLite default) it keeps them in
/// memory. Cron schedules are read in China time.
/// </summary>
public static class ClusteredSchedules
{
    public static TimeZoneInfo China { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>
    /// The schedules' clock: real time. A job's business date is the service's clock (ChinaClock), which a test or a
    /// back-dated run may set elsewhere; a trigger set on that clock would fire years early or never.
    /// </summary>
    public static TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>
    /// A scheduler of the given name (one name for every copy of a service: the cluster is the schedulers of one name
    /// sharing one store), stopped with the host after its running jobs finish.
    /// </summary>
    public static IServiceCollection AddClusteredScheduler(this IServiceCollection services, string name, string? postgres, Action<IQuartzBuilder> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        services.AddQuartz(name, q =>
        {
            q.UseTimeProvider(Time);
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

            jobs(q);
        });
        services.AddQuartzHostedService(name, o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>A cron trigger in China time; a time missed while every copy was down fires once when one is back.</summary>
    public static void AddChinaCron(this IQuartzBuilder quartz, JobKey job, string triggerName, string cron)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(job);
        quartz.AddTrigger(t => t.ForJob(job).WithIdentity(triggerName, job.Group)
            .WithCronSchedule(cron, c => c.InTimeZone(China).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }

    /// <summary>A one-shot trigger, fired as soon as a copy can once its time has passed.</summary>
    public static ITrigger OneShot(TriggerKey key, JobKey job, DateTimeOffset at, JobDataMap data) =>
        TriggerBuilder.Create().WithIdentity(key).ForJob(job).StartAt(at).UsingJobData(data)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build();

    /// <summary>
    /// The job that just failed run again after <paramref name="after"/> with its trigger's data: the trigger that fired
    /// it is spent (or waits a month), and the job carries on from what it kept.
    /// </summary>
    public static async Task RetryLaterAsync(IJobExecutionContext context, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = Time.GetUtcNow();
        var first = context.Trigger.Key.Name.Split("/retry-")[0];
        var retry = new TriggerKey($"{first}/retry-{now:yyyyMMddHHmmssfff}", context.Trigger.Key.Group);
        await context.Scheduler.ScheduleJob(OneShot(retry, context.JobDetail.Key, now + after, context.Trigger.JobDataMap), default, CancellationToken.None);
    }

    /// <summary>
    /// A kind of work's cron (<c>{section}:Schedule</c>) and scheduler name (<c>{section}:SchedulerName</c>, one for every
    /// copy of the service), each its default when unset or empty.
    /// </summary>
    public static (string Cron, string SchedulerName) SettingsOf(IConfiguration configuration, string section, string defaultCron, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return (configuration[$"{section}:Schedule"] is { Length: > 0 } cron ? cron : defaultCron,
            configuration[$"{section}:SchedulerName"] is { Length: > 0 } name ? name : defaultName);
    }

    /// <summary>A time span from configuration (<c>hh:mm:ss</c>), or the default.</summary>
    public static TimeSpan Span(string? configured, TimeSpan otherwise) =>
        TimeSpan.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out var span) ? span : otherwise;
}
