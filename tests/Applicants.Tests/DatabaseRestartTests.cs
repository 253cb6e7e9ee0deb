using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using Xunit;
using Xunit.Abstractions;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Applicants.Tests;

/// <summary>
/// "after PostgreSQL returns, every service recovers by itself": the registry runs on a PostgreSQL
/// cluster of the test's own with its connection pool full of idle connections, the cluster is
/// restarted with a fast shutdown (every session cut, as the fault run does), and the registry must
/// answer reads, writes and its readiness check again with nobody restarting it, and then answer every
/// call, not one lucky one. The recovery is the shared kit's (services/Persistence: Npgsql's retrying
/// strategy, the pool dropping its broken connections), so the registry stands for every service built
/// on it. How soon it answers is printed, not asserted: the fault run measures it
/// (tests/benchmarks/fault-run.sh), and a loaded test machine only makes it later.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    [Fact(Timeout = 180_000)]
    public async Task The_registry_answers_again_by_itself_after_PostgreSQL_restarts_with_a_fast_shutdown()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
            [$"--ConnectionStrings:ApplicantsPostgres={cluster.ConnectionString("applicants")}"]);
        var client = registry.Client<ApplicantsApi.ApplicantsClient>();
        var health = registry.Client<Health.HealthClient>();
        var person = await client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1990, 5, 1))), RegistryHost.Clerk());
        var read = new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } };

        // Many reads at once leave many idle connections in the pool: each one is cut by the restart.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetPersonAsync(read, RegistryHost.Clerk()).ResponseAsync));

        await cluster.RestartFastAsync();
        var back = Stopwatch.StartNew();

        // The whole server's readiness, a read and a write, each call with a deadline of its own.
        await Eventually.HoldsAsync(() => AnswersAsync(client, health, read, TimeSpan.FromSeconds(10)), "the registry answering after PostgreSQL returned");
        output.WriteLine($"answering again {back.Elapsed.TotalSeconds:F2} s after PostgreSQL accepted connections");

        // Recovered means every call, not one lucky one: no broken pooled connection is left to fail a
        // later call. Twenty at once take many connections from the pool; a dead one would fail its
        // call with an error, whereas a slow machine only makes them slower (hence the longer deadline).
        var calls = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => AnswersAsync(client, health, read, TimeSpan.FromSeconds(30))));
        Assert.All(calls, Assert.True);
    }

    [Fact(Timeout = 180_000)]
    public async Task Reads_and_writes_begun_while_PostgreSQL_restarts_are_answered_once_it_returns_instead_of_failing()
    {
        await using var cluster = await PostgresCluster.StartNewAsync();
        await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
            [$"--ConnectionStrings:ApplicantsPostgres={cluster.ConnectionString("applicants")}"]);
        var client = registry.Client<ApplicantsApi.ApplicantsClient>();
        var person = await client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1992, 7, 3))), RegistryHost.Clerk());
        var read = new GetPersonRequest { Person = new PersonKey { PersonId = person.PersonId } };
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetPersonAsync(read, RegistryHost.Clerk()).ResponseAsync));

        // Calls keep coming every 50 ms while the server goes down and comes back, each with a deadline
        // longer than the restart: the shared kit's retrying strategy waits the restart out.
        var restarted = Stopwatch.StartNew();
        var restart = cluster.RestartFastAsync();
        var calls = new List<Task<(bool Ok, TimeSpan Took)>>();
        while (!restart.IsCompleted)
        {
            calls.Add(TimedAsync(() => client.GetPersonAsync(read, RegistryHost.Clerk(), DateTime.UtcNow.AddSeconds(30)).ResponseAsync));
            calls.Add(TimedAsync(() => client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1993, 8, 4))), RegistryHost.Clerk(), DateTime.UtcNow.AddSeconds(30)).ResponseAsync));
            await Task.Delay(50);
        }

        await restart;
        output.WriteLine($"PostgreSQL down and back in {restarted.Elapsed.TotalSeconds:F2} s (the kit retries for {Employment.Persistence.ServiceDatabase.RetryWindow.TotalSeconds:F1} s)");
        var answers = await Task.WhenAll(calls);
        output.WriteLine($"{answers.Length} calls during the restart, {answers.Count(a => a.Took > TimeSpan.FromSeconds(0.5))} waited more than 0.5 s, the longest {answers.Max(a => a.Took).TotalSeconds:F2} s");
        Assert.All(answers, a => Assert.True(a.Ok));
    }

    private async Task<(bool Ok, TimeSpan Took)> TimedAsync<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await call();
            return (true, watch.Elapsed);
        }
        catch (RpcException e)
        {
            output.WriteLine($"{e.StatusCode} after {watch.Elapsed.TotalSeconds:F2} s: {e.Status.Detail}");
            return (false, watch.Elapsed);
        }
    }

    private async Task<bool> AnswersAsync(ApplicantsApi.ApplicantsClient client, Health.HealthClient health, GetPersonRequest read, TimeSpan within)
    {
        try
        {
            var deadline = DateTime.UtcNow + within;
            var ready = await health.CheckAsync(new HealthCheckRequest(), deadline: deadline);
            if (ready.Status != HealthCheckResponse.Types.ServingStatus.Serving)
            {
                output.WriteLine($"readiness {ready.Status}");
                return false;
            }

            await client.GetPersonAsync(read, RegistryHost.Clerk(), deadline);
            await client.RegisterPersonAsync(People.Register(People.IdNumber(new DateOnly(1991, 6, 2))), RegistryHost.Clerk(), deadline);
            return true;
        }
        catch (RpcException e)
        {
            output.WriteLine($"{e.StatusCode}: {e.Status.Detail}");
            return false;
        }
    }
}
