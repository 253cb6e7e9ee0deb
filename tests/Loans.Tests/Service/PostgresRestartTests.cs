using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Google.Rpc;
using Grpc.Core;
using Npgsql;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// "after PostgreSQL returns, every service recovers by itself": a restart breaks every
/// pooled connection of the service (the server ends each one with 57P01 admin_shutdown, which is
/// what <c>pg_terminate_backend</c> sends too). The next calls must not fail on a dead connection:
/// they are run again on a new one (Npgsql's retrying strategy, writes as one unit with their
/// idempotency record), and no retried write is stored twice. Real PostgreSQL, real gRPC.
/// </summary>
public sealed class PostgresRestartTests(PostgresLoansHost host) : IClassFixture<PostgresLoansHost>
{
    private const string PgBank = "PG-BANK-02";

    [Fact(Timeout = 120_000)]
    public async Task Calls_after_every_database_connection_was_ended_succeed_and_each_submission_is_stored_once()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        // Fill the pool: several connections at once, all idle afterwards.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SubmitAsync(id, Guid.NewGuid().ToString())));

        // Bank queries whose consents are recorded beforehand, so that their first statement after the cut is
        // the query's own read (consent and loans in one batch) on a dead pooled connection.
        var asked = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConsentedQueryAsync(id)));

        Assert.True(await EndEveryConnectionAsync() > 0);

        var keys = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid().ToString()).ToList();
        var answering = Task.WhenAll(asked.Select(q => host.Loans.QueryEligibilityAsync(q, TestCallers.Bank(PgBank)).ResponseAsync));
        var first = await Task.WhenAll(keys.Select(k => SubmitAsync(id, k)));
        var queries = await answering;
        // The same keys again: the first answers come back, nothing new is written.
        var again = await Task.WhenAll(keys.Select(k => SubmitAsync(id, k)));

        Assert.Equal(first.Select(a => a.ApplicationId), again.Select(a => a.ApplicationId));
        Assert.All(queries, q => Assert.NotEmpty(q.AnswerId));
        Assert.Equal(keys.Count, await CountAsync("""SELECT count(*) FROM applications WHERE "Id" = ANY(@ids)""", first.Select(a => a.ApplicationId).ToArray()));
        Assert.Equal(keys.Count, await CountAsync("""SELECT count(*) FROM idempotency WHERE "Key" = ANY(@ids)""", keys.ToArray()));
    }

    /// <summary>
    /// A failover: while the database answers as a standby does (every write refused, 25006
    /// read_only_sql_transaction), a write is UNAVAILABLE with when to try again and the word that it
    /// wrote nothing, never INTERNAL, which a client must not retry; sent again with the same key once
    /// the primary is back, it is stored once.
    /// </summary>
    [Fact(Timeout = 120_000)]
    public async Task A_write_while_the_database_fails_over_is_unavailable_with_retry_info_and_succeeds_once_when_sent_again()
    {
        var id = await host.RegisterUnemployedPersonAsync();
        var key = Guid.NewGuid().ToString();
        await SetReadOnlyAsync(true);
        RpcException refused;
        try
        {
            refused = await Assert.ThrowsAsync<RpcException>(() => SubmitAsync(id, key));
        }
        finally
        {
            await SetReadOnlyAsync(false);
        }

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        var status = refused.GetRpcStatus()!;
        Assert.NotNull(status.GetDetail<RetryInfo>());
        var info = status.GetDetail<ErrorInfo>();
        Assert.Equal("DATABASE_UNAVAILABLE", info.Reason);
        Assert.Equal("none", info.Metadata["written"]);

        var stored = await SubmitAsync(id, key);
        Assert.Equal(1, await CountAsync("""SELECT count(*) FROM applications WHERE "Id" = ANY(@ids)""", [stored.ApplicationId]));
        Assert.Equal(1, await CountAsync("""SELECT count(*) FROM idempotency WHERE "Key" = ANY(@ids)""", [key]));
    }

    /// <summary>Makes the service's database refuse writes as a standby does (or accept them again), for every session from now on.</summary>
    private async Task SetReadOnlyAsync(bool readOnly)
    {
        await using (var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"ALTER DATABASE \"{host.Database.Name}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection);
            await command.ExecuteNonQueryAsync();
        }

        await EndEveryConnectionAsync();
    }

    private Task<LoanApplication> SubmitAsync(string id, string key) =>
        host.Loans.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            IdempotencyKey = key,
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new Employment.Common.V1.RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = PgBank,
            RequestedAmount = new Employment.Common.V1.Money { Fen = 8 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 4, 1),
        }, TestCallers.Counter()).ResponseAsync;

    private async Task<EligibilityQuery> ConsentedQueryAsync(string id)
    {
        var query = Query(id, D(2023, 4, 1), 8 * Wan);
        query.BankCode = PgBank;
        query.ConsentReference = (await host.ConsentAsync(query.Borrower, PgBank, "410802")).ConsentId;
        return query;
    }

    /// <summary>Ends every session on the service's database, idle pooled ones included, as a fast shutdown does.</summary>
    private async Task<int> EndEveryConnectionAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("name", host.Database.Name);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountAsync(string sql, string[] ids)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
