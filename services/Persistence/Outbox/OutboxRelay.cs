using Employment.Common.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ApplicantsClient = Employment.Applicants.V1.Applicants.ApplicantsClient;

namespace Employment.Persistence.Outbox;

/// <summary>How often the relay looks for messages to send (<c>Outbox:PollInterval</c>), and how many it sends at once.</summary>
public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;
}

/// <summary>
/// Sends what a service's outbox holds to the messages' owner, the registry (<c>DeliverMessages</c>, with the service's
/// own token), oldest first, and stamps each row delivered once the registry has kept it: at least once, and the registry
/// keeps each message once by its id, so a copy of the service relaying the same rows, or a crash between the registry's
/// answer and the stamp, sends nothing twice to anyone. A registry that does not answer is tried again at the next poll.
/// </summary>
public sealed partial class OutboxRelay<TContext>(IServiceScopeFactory scopes, OutboxOptions options, ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                while (await RelayOnceAsync(stoppingToken) == options.BatchSize)
                {
                }
            }
            // Whatever failed (the registry, the database), the relay keeps going: the rows wait for the next poll.
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                NotRelayed(logger, e.GetType().Name, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends one batch of undelivered messages; answers how many were sent.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var rows = await db.Set<OutboxRecord>().Where(o => o.DeliveredAt == null).OrderBy(o => o.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var request = new Applicants.V1.DeliverMessagesRequest();
        request.Messages.AddRange(rows.Select(r => OutgoingMessage.Parser.ParseFrom(r.Message)));
        try
        {
            await scope.ServiceProvider.GetRequiredService<ApplicantsClient>().DeliverMessagesAsync(request, cancellationToken: cancellationToken);
        }
        catch (RpcException) when (!cancellationToken.IsCancellationRequested)
        {
            foreach (var row in rows)
            {
                row.Attempts++;
            }

            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var row in rows)
        {
            row.DeliveredAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: messages not relayed to the registry this time ({Reason}: {Detail}); tried again at the next poll")]
    private static partial void NotRelayed(ILogger logger, string reason, string detail);
}

public static class OutboxRegistration
{
    /// <summary>Relays <typeparamref name="TContext"/>'s outbox to the registry (whose client the service's profile cache registers).</summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
        where TContext : DbContext
    {
        var options = new OutboxOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection("Outbox"), options);
        services.AddSingleton(options);
        services.AddHostedService<OutboxRelay<TContext>>();
        return services;
    }
}
