using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Employment.Loans.Data;

/// <summary>
/// Writes the record of every bank query (查询记录) before the bank gets its answer, many at once:
/// queries arriving together are committed in one transaction (group commit), and each caller
/// waits for the commit that holds its record. Durable before answering, without one disk flush
/// per query. Several writers run side by side, so one batch forms while another commits.
/// </summary>
internal sealed class EligibilityQueryLog(IServiceScopeFactory scopes) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<(EligibilityQueryRecord Record, TaskCompletionSource Written)> _pending =
        Channel.CreateUnbounded<(EligibilityQueryRecord, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = false });

    /// <summary>Completes when the record is committed; faults with the database's error otherwise.</summary>
    public Task WriteAsync(EligibilityQueryRecord record, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((record, written)))
        {
            throw Stopping();
        }

        return written.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The service is stopping: the bank should ask again (FAILED_PRECONDITION), the query was not recorded.</summary>
    private static DomainRuleException Stopping() => DomainRuleException.NotAllowed("服务正在停止，查询未记录，请稍后重试。");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writers = Math.Max(2, Environment.ProcessorCount);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => WriteBatchesAsync(stoppingToken), CancellationToken.None)));
        _pending.Writer.TryComplete();
        while (_pending.Reader.TryRead(out var left))
        {
            left.Written.TrySetException(Stopping());
        }
    }

    private async Task WriteBatchesAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(EligibilityQueryRecord Record, TaskCompletionSource Written)>(MaxBatch);
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                // Another writer may have taken what woke this one.
                if (batch.Count > 0)
                {
                    await CommitAsync(batch);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is refused by ExecuteAsync, never silently dropped.
        }
    }

    private async Task CommitAsync(List<(EligibilityQueryRecord Record, TaskCompletionSource Written)> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LoansDbContext>();
            var (sql, arguments) = InsertStatement(batch);
            await db.Database.ExecuteSqlRawAsync(sql, arguments, CancellationToken.None);
            foreach (var (_, written) in batch)
            {
                written.TrySetResult();
            }
        }
        catch (Exception e)
        {
            foreach (var (_, written) in batch)
            {
                written.TrySetException(e);
            }
        }
    }

    /// <summary>
    /// One multi-row INSERT for the batch. Written out rather than through the change tracker, which
    /// cost more CPU than the rest of the query; EF still binds each value with the provider's type
    /// mapping, so rows are stored exactly as the model reads them back (the schema tests check the
    /// columns, <c>ListEligibilityQueries</c> reads them).
    /// </summary>
    private static (string Sql, object[] Arguments) InsertStatement(List<(EligibilityQueryRecord Record, TaskCompletionSource Written)> batch)
    {
        const int Columns = 13;
        var sql = new StringBuilder(
            "INSERT INTO eligibility_queries (\"Id\", \"BankCode\", \"BorrowerKeyKind\", \"BorrowerMasked\", \"BorrowerHash\", \"BorrowerKind\", "
            + "\"Region\", \"IntendedIssueDate\", \"RequestedFen\", \"ConsentReference\", \"Purpose\", \"AskedAt\", \"EligibleProductIds\") VALUES ");
        var arguments = new object[batch.Count * Columns];
        for (var row = 0; row < batch.Count; row++)
        {
            var q = batch[row].Record;
            var first = row * Columns;
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns; column++)
            {
                sql.Append(column == 0 ? "{" : ", {").Append(first + column).Append('}');
            }

            sql.Append(')');
            object[] values =
            [
                q.Id, q.BankCode, q.BorrowerKeyKind, q.BorrowerMasked, q.BorrowerHash, q.BorrowerKind,
                q.Region, q.IntendedIssueDate, q.RequestedFen, q.ConsentReference, q.Purpose, q.AskedAt, q.EligibleProductIds,
            ];
            values.CopyTo(arguments, first);
        }

        return (sql.ToString(), arguments);
    }
}
