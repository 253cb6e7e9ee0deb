using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Applicants.Tests;

/// <summary>The registry as a local run starts it (Development, demo people loaded without an audit history).</summary>
public sealed class DemoRegistryTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-demo-" + Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        var module = new ApplicantsModule();
        _app = ServiceHost.Build(module, ["--Listen:Port=0", "--environment=Development", $"--DataDirectory={_directory}", .. TestCallers.HostArguments], b => b.Logging.ClearProviders());
        await module.InitializeAsync(_app, CancellationToken.None);
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [Fact(Timeout = 30_000)]
    public async Task Issue12_low_a_person_without_audit_rows_has_an_empty_audit_not_NOT_FOUND()
    {
        var client = new ApplicantsApi.ApplicantsClient(_channel);
        var audit = await client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = "P-demo-503" }, TestCallers.Counter("419001"));
        Assert.Empty(audit.Entries);

        // A person who does not exist, or lies outside the counter's region, is still NOT_FOUND.
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = "P-none" }, TestCallers.Counter("419001")).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => client.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = "P-demo-503" }, TestCallers.Counter("410800")).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
