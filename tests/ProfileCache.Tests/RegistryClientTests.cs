using System.Diagnostics;
using Employment.ProfileCache;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace ProfileCache.Tests;

/// <summary>The registry's typed client as the profile cache registers it: retries of reads only, a default deadline.</summary>
public sealed class RegistryClientTests
{
    [Fact(Timeout = 30_000)]
    public async Task A_read_that_meets_unavailable_is_retried_and_answered()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis: null, inProcessEntries: 0);
        registry.PutPerson("p-retry", "褚一");
        registry.FailNextReads(1);

        var result = await loans.Reader.GetPersonAsync("p-retry", "p");

        Assert.Equal(ProfileSource.Registry, result.Source);
        Assert.Equal(2, registry.Reads);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_read_is_tried_at_most_three_times()
    {
        await using var registry = await FakeRegistry.StartAsync();
        // A deadline far beyond three tries and their back-off, so only the retry limit can end the call.
        await using var loans = new CacheProcess(registry.Address, redis: null, inProcessEntries: 0, registryTimeout: TimeSpan.FromSeconds(20));
        registry.PutPerson("p-down", "卫二");
        registry.FailNextReads(10);

        var error = await Assert.ThrowsAsync<RpcException>(() => loans.Reader.GetPersonAsync("p-down", "p"));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(3, registry.Reads);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_call_without_a_deadline_of_its_own_gets_the_registry_timeout()
    {
        await using var registry = await FakeRegistry.StartAsync();
        await using var loans = new CacheProcess(registry.Address, redis: null, inProcessEntries: 0, registryTimeout: TimeSpan.FromSeconds(2));
        registry.PutPerson("p-slow", "蒋三");
        // An answer that never comes in the life of the test: only the registry timeout can end the call.
        registry.ReadDelay = TimeSpan.FromMinutes(10);

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() => loans.Reader.GetPersonAsync("p-slow", "p"));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.5), $"ended after {watch.Elapsed}, before the registry timeout");
    }

    [Fact]
    public async Task Only_the_registry_reads_have_a_retry_policy_and_the_service_token_goes_over_cleartext()
    {
        await using var loans = new CacheProcess("http://127.0.0.1:9", redis: null);
        var factory = loans.Services.GetRequiredService<IOptionsMonitor<GrpcClientFactoryOptions>>().Get(nameof(ApplicantsApi.ApplicantsClient));
        var channel = new GrpcChannelOptions();
        foreach (var configure in factory.ChannelOptionsActions)
        {
            configure(channel);
        }

        Assert.True(channel.UnsafeUseInsecureChannelCallCredentials);
        var retried = Assert.Single(channel.ServiceConfig!.MethodConfigs);
        Assert.NotNull(retried.RetryPolicy);
        Assert.Equal(
            ["CheckRecusal", "FindStaffMember", "GetEmployerProfile", "GetProfile"],
            retried.Names.Select(n => n.Method!).Order(StringComparer.Ordinal));
        Assert.All(retried.Names, n => Assert.Equal(ApplicantsApi.Descriptor.FullName, n.Service));
    }
}
