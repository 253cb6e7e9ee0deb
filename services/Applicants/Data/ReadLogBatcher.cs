using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Employment.Applicants.Data;

/// <summary>
/// Group commit for the profile read log: each single-profile read hands its access row
/// here and awaits it; one writer saves every row waiting at that moment in one INSERT and one
/// commit, then releases those readers. A read is still answered only after its row is committed
/// (the log stays durable before the answer, with caller and purpose); what changes is that
/// concurrent reads share a round trip and a commit instead of one each. A failed save fails every
/// read of that batch, so no profile is handed out unlogged.
/// </summary>
internal sealed partial class ReadLogBatcher(IServiceScopeFactory scopes, ILogger<ReadLogBatcher> logger) : BackgroundService
{
    /// <summary>At most this many rows in one INSERT: bounds the statement's size (and its parameters, 6 a row) under a burst.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes once <paramref name="entry"/> is committed; faults when its batch could not be saved.</summary>
    public Task RecordAsync(ProfileAccessRecord entry, CancellationToken cancellationToken)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!waiting.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The read log is shut down; the profile is not handed out unlogged.");
        }

        // A caller that gives up stops waiting; its row may still be written (a logged read that was
        // not handed out errs on the side of the person's right to know).
        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await waiting.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && waiting.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await SaveAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: refuse what is still waiting rather than leave its readers hanging.
        }

        waiting.Writer.TryComplete();
        var shutDown = new OperationCanceledException("The read log shut down before the row was written.");
        foreach (var pending in batch)
        {
            pending.Committed.TrySetException(shutDown);
        }

        while (waiting.Reader.TryRead(out var left))
        {
            left.Committed.TrySetException(shutDown);
        }
    }

    private async Task SaveAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
            foreach (var pending in batch)
            {
                db.ProfileAccess.Add(pending.Entry);
            }

            await db.SaveChangesAsync(stoppingToken);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetResult();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(logger, e, batch.Count);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} profile read log rows; those reads were refused.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private sealed record Pending(ProfileAccessRecord Entry, TaskCompletionSource Committed);
}
