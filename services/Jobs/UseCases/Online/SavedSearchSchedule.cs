using Employment.ServiceDefaults.Clients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Employment.ServiceDefaults.Scheduling;
using Quartz;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// When saved searches send their messages: a Quartz cron trigger in China time (<c>SavedSearches:Schedule</c>, by
/// default 08:00 every day; empty turns it off). A run missed while the service was down fires once when it is back.
/// The scheduler keeps its trigger in memory: every copy of the service fires, and <see cref="SavedSearchDigests"/>
/// claims each search so only one message goes out a day.
/// </summary>
public static class SavedSearchSchedule
{
    public const string DefaultSchedule = "0 0 8 * * ?";

    public static readonly JobKey Job = new("saved-search-digests", PlatformServices.Jobs);

    public static IServiceCollection AddSavedSearchDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<SavedSearchDigests>();
        var schedule = configuration["SavedSearches:Schedule"] ?? DefaultSchedule;
        if (schedule.Length == 0)
        {
            return services;
        }

        // A name of its own per host: schedulers are known by name, and tests start several hosts in one process.
        var name = $"job-matching-{Guid.NewGuid():N}";
        services.AddClusteredScheduler(name, postgres: null, q =>
        {
            q.AddJob<DigestJob>(j => j.WithIdentity(Job));
            q.AddChinaCron(Job, "saved-search-digests-daily", schedule);
        });
        return services;
    }

    /// <summary>One run: what is due today, in a scope of its own.</summary>
    [DisallowConcurrentExecution]
    internal sealed class DigestJob(IServiceScopeFactory scopes) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SavedSearchDigests>().SendDueAsync(cancellationToken);
        }
    }
}
