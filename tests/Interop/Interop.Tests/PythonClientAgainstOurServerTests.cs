using Xunit;

namespace Interop.Tests;

public sealed class OurServerFixture : IAsyncLifetime
{
    public InteropServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await InteropServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>python3-grpcio's client against our server: PROTOCOL-HTTP2 as another implementation reads it.</summary>
public sealed class PythonClientAgainstOurServerTests(OurServerFixture fixture) : IClassFixture<OurServerFixture>
{
    public static TheoryData<string> Cases() =>
    [
        "empty_unary", "large_unary", "client_compressed_unary", "server_compressed_unary", "server_compressed_streaming",
        "client_streaming", "server_streaming", "ping_pong", "empty_stream", "half_duplex", "custom_metadata",
        "status_code_and_message", "special_status_message", "unimplemented_method", "unimplemented_service",
        "timeout_on_sleeping_server", "cancel_after_begin", "cancel_after_first_response",
    ];

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Cases))]
    public async Task Interop_case_passes(string testCase)
    {
        var (exitCode, output) = await PythonPeer.RunClientAsync(fixture.Server.Port, testCase);
        Assert.True(exitCode == 0, $"{testCase} failed against our server:\n{output}");
    }

    [Fact(Timeout = 120_000)]
    public async Task Reflection_lists_our_services_to_a_python_client()
    {
        var (exitCode, output) = await PythonPeer.RunClientAsync(fixture.Server.Port, "reflection_list,reflection_describe",
            "--expect_services", "grpc.testing.TestService,grpc.health.v1.Health,grpc.reflection.v1.ServerReflection,grpc.reflection.v1alpha.ServerReflection");
        Assert.True(exitCode == 0, output);
    }

    [Fact(Timeout = 120_000)]
    public async Task Health_check_answers_a_python_client()
    {
        var (exitCode, output) = await PythonPeer.RunClientAsync(fixture.Server.Port, "health_check,health_check_unknown",
            "--expect_services", "grpc.testing.TestService");
        Assert.True(exitCode == 0, output);
    }
}
