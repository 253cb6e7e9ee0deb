using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Npgsql;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests;

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

        Assert.True(await EndEveryConnectionAsync() > 0);

        var keys = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid().ToString()).ToList();
        var first = await Task.WhenAll(keys.Select(k => SubmitAsync(id, k)));
        var queries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => QueryAsync(id)));
        // The same keys again: the first answers come back, nothing new is written.
        var again = await Task.WhenAll(keys.Select(k => SubmitAsync(id, k)));

        Assert.Equal(first.Select(a => a.ApplicationId), again.Select(a => a.ApplicationId));
        Assert.All(queries, q => Assert.NotEmpty(q.AnswerId));
        Assert.Equal(keys.Count, await CountAsync("""SELECT count(*) FROM applications WHERE "Id" = ANY(@ids)""", first.Select(a => a.ApplicationId).ToArray()));
        Assert.Equal(keys.Count, await CountAsync("""SELECT count(*) FROM idempotency WHERE "Key" = ANY(@ids)""", keys.ToArray()));
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

    private Task<EligibilityAnswer> QueryAsync(string id)
    {
        var query = Query(id, D(2023, 4, 1), 8 * Wan);
        query.BankCode = PgBank;
        return host.Loans.QueryEligibilityAsync(query, TestCallers.Bank(PgBank)).ResponseAsync;
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
