using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Applicants.Tests;

/// <summary>The registry as a local run starts it (Development, demo people loaded without an audit history).</summary>
public sealed class DemoRegistryTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-demo-" + Guid.NewGuid().ToString("N"));
    private ServiceUnderTest _registry = null!;

    public async Task InitializeAsync() =>
        _registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(["--environment=Development", $"--DataDirectory={_directory}"]);

    [Fact(Timeout = 30_000)]
    public async Task Low_a_person_without_audit_rows_has_an_empty_audit_not_NOT_FOUND()
    {
        var client = _registry.Client<ApplicantsApi.ApplicantsClient>();
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
        await _registry.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
