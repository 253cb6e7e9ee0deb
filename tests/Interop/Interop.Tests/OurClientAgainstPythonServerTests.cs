using System.Diagnostics;
using Grpc.Net.Client;
using Xunit;

namespace Interop.Tests;

public sealed class PythonServerFixture : IAsyncLifetime
{
    private Process? _process;

    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (process, port) = await PythonPeer.StartServerAsync();
        _process = process;
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }
}

/// <summary>Our client against python3-grpcio's server.</summary>
public sealed class OurClientAgainstPythonServerTests(PythonServerFixture fixture) : IClassFixture<PythonServerFixture>
{
    public static TheoryData<string> Cases() => new(InteropClient.Cases);

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Cases))]
    public Task Interop_case_passes(string testCase) =>
        // grpcio's Python server cannot see whether a request was compressed, so the probe is skipped.
        new InteropClient(fixture.Channel, serverChecksCompression: false).RunAsync(testCase);
}

/// <summary>Our client against our server: the same cases, including the compression probe.</summary>
public sealed class OurClientAgainstOurServerTests(OurServerFixture fixture) : IClassFixture<OurServerFixture>
{
    public static TheoryData<string> Cases() => new(InteropClient.Cases);

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Cases))]
    public async Task Interop_case_passes(string testCase)
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{fixture.Server.Port}");
        await new InteropClient(channel, serverChecksCompression: true).RunAsync(testCase);
    }
}
