using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Employment.Persistence;
using Npgsql;

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
            if (db is PostgresLoansDbContext)
            {
                await InsertUnnestedAsync(db, batch);
            }
            else
            {
                var (sql, arguments) = InsertStatement(batch);
                await db.Database.ExecuteSqlRawAsync(sql, arguments, CancellationToken.None);
            }

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

    private const string ColumnList =
        "\"Id\", \"BankCode\", \"BorrowerKeyKind\", \"BorrowerMasked\", \"BorrowerHash\", \"BorrowerKind\", "
        + "\"Region\", \"IntendedIssueDate\", \"RequestedFen\", \"ConsentReference\", \"Purpose\", \"AskedAt\", \"EligibleProductIds\"";

    /// <summary>
    /// On PostgreSQL, the batch as one array per column, unnested into rows: the statement's text and its 13
    /// parameters are the same for any batch, so neither EF nor Npgsql parses a statement that grows with the
    /// batch (building and rewriting that statement cost about as much CPU per query as a Health/Check).
    /// </summary>
    private static Task InsertUnnestedAsync(LoansDbContext db, List<(EligibilityQueryRecord Record, TaskCompletionSource Written)> batch)
    {
        var rows = batch.Select(b => b.Record).ToList();
        return OpenConnection.RunAsync(db, async (connection, ct) =>
        {
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO eligibility_queries ({ColumnList}) SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[], $5::text[], "
                + "$6::integer[], $7::text[], $8::date[], $9::bigint[], $10::text[], $11::text[], $12::timestamptz[], $13::text[])",
                connection)
            {
                Parameters =
                {
                    Column(rows, q => q.Id),
                    Column(rows, q => q.BankCode),
                    Column(rows, q => q.BorrowerKeyKind),
                    Column(rows, q => q.BorrowerMasked),
                    Column(rows, q => q.BorrowerHash),
                    Column(rows, q => q.BorrowerKind),
                    Column(rows, q => q.Region),
                    Column(rows, q => q.IntendedIssueDate),
                    Column(rows, q => q.RequestedFen),
                    Column(rows, q => q.ConsentReference),
                    Column(rows, q => q.Purpose),
                    // timestamptz takes instants: Npgsql writes only offset 0 (the China clock's +08:00 is the same instant).
                    Column(rows, q => q.AskedAt.ToUniversalTime()),
                    Column(rows, q => q.EligibleProductIds),
                },
            };
            return await insert.ExecuteNonQueryAsync(ct);
        }, CancellationToken.None);
    }

    private static NpgsqlParameter<T[]> Column<T>(List<EligibilityQueryRecord> rows, Func<EligibilityQueryRecord, T> value) =>
        new() { TypedValue = [.. rows.Select(value)] };

    /// <summary>
    /// One multi-row INSERT for the batch (SQLite). Written out rather than through the change tracker, which
    /// cost more CPU than the rest of the query; EF still binds each value with the provider's type
    /// mapping, so rows are stored exactly as the model reads them back (the schema tests check the
    /// columns, <c>ListEligibilityQueries</c> reads them).
    /// </summary>
    private static (string Sql, object[] Arguments) InsertStatement(List<(EligibilityQueryRecord Record, TaskCompletionSource Written)> batch)
    {
        const int Columns = 13;
        var sql = new StringBuilder($"INSERT INTO eligibility_queries ({ColumnList}) VALUES ");
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
