using Employment.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>
/// When the exchange's inbox is read (<see cref="ExchangeInbox"/>): a cron trigger in China time (<c>Exchange:Schedule</c>,
/// by default every ten minutes) on the platform's clustered Quartz (<see cref="ClusteredSchedules"/>, on the registry's
/// PostgreSQL), so with several copies of the registry one pass runs at a time over the shared directory
/// <c>Exchange:Inbox</c>, and a pass whose copy died is run again by another. Without an inbox configured nothing is
/// scheduled (the exchange then streams its batches through <c>ImportAgencyBatch</c>).
/// </summary>
public static partial class ExchangeInboxSchedule
{
    public const string DefaultSchedule = "0 0/10 * * * ?";

    public static readonly JobKey Job = new("exchange-inbox", "applicants-exchange");

    public static IServiceCollection AddExchangeInbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<ExchangeInbox>();
        if (configuration["Exchange:Inbox"] is not { Length: > 0 } inbox)
        {
            return services;
        }

        var (schedule, name) = ClusteredSchedules.SettingsOf(configuration, "Exchange", DefaultSchedule, Job.Group);
        services.AddSingleton(new InboxOptions(Path.GetFullPath(inbox)));
        services.AddClusteredScheduler(name, configuration.GetConnectionString("ApplicantsPostgres"), q =>
        {
            q.AddJob<PassJob>(j => j.WithIdentity(Job).RequestRecovery());
            q.AddChinaCron(Job, "exchange-inbox-pass", schedule);
        });
        return services;
    }

    /// <summary>The shared directory the agencies deliver to.</summary>
    public sealed record InboxOptions(string Directory);

    /// <summary>One pass over the inbox.</summary>
    [DisallowConcurrentExecution]
    internal sealed partial class PassJob(ExchangeInbox inbox, InboxOptions options, ILogger<PassJob> logger) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            if (!Directory.Exists(options.Directory))
            {
                Missing(logger, options.Directory);
                return;
            }

            var pass = await inbox.PassAsync(options.Directory, cancellationToken);
            Passed(logger, pass.Imported, pass.Refused, pass.Waiting);
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange inbox {Directory} does not exist; nothing read")]
        private static partial void Missing(ILogger logger, string directory);

        [LoggerMessage(Level = LogLevel.Information, Message = "Exchange inbox pass: {Imported} imported, {Refused} refused, {Waiting} waiting")]
        private static partial void Passed(ILogger logger, int imported, int refused, int waiting);
    }
}
