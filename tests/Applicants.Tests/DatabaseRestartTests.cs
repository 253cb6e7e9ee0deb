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
/// Issue 17, "after PostgreSQL returns, every service recovers by itself within 5 s": the registry
/// runs on a PostgreSQL cluster of the test's own with its connection pool full of idle connections,
/// the cluster is restarted with a fast shutdown (every session cut, as the fault run does), and the
/// registry must answer reads, writes and its readiness check again within 5 s of the server accepting
/// connections, with no call failing after its first success. The recovery is the shared kit's
/// (services/Persistence: Npgsql's retrying strategy, the pool dropping its broken connections), so
/// the registry stands for every service built on it.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    [Fact(Timeout = 180_000)]
    public async Task Issue17_the_registry_answers_again_within_5_s_after_PostgreSQL_restarts_with_a_fast_shutdown()
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

        // Every 100 ms: the whole server's readiness, a read and a write, each with a 2 s deadline.
        TimeSpan? answered = null;
        while (answered is null && back.Elapsed < Target + TimeSpan.FromSeconds(10))
        {
            if (await AnswersAsync(client, health, read))
            {
                answered = back.Elapsed;
                break;
            }

            await Task.Delay(100);
        }

        output.WriteLine($"answering again {answered?.TotalSeconds:F2} s after PostgreSQL accepted connections");
        Assert.True(answered <= Target, $"the registry answered {answered?.TotalSeconds:F2} s after PostgreSQL returned (target {Target.TotalSeconds} s)");

        // Recovered means every call, not one lucky one: no broken pooled connection is left to fail a later call.
        var calls = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => AnswersAsync(client, health, read)));
        Assert.All(calls, Assert.True);
    }

    private async Task<bool> AnswersAsync(ApplicantsApi.ApplicantsClient client, Health.HealthClient health, GetPersonRequest read)
    {
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(2);
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
