using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Transport.Tests.Infrastructure;

public static class TestAssertions
{
    /// <summary>Generous upper bound for anything a test waits on; hangs fail rather than stall.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static async Task<RpcException> AssertRpcExceptionAsync(StatusCode expected, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == exception.StatusCode, $"Expected {expected}, got {exception.Status}");
        return exception;
    }

    public static void AssertStatus(RawResponse response, StatusCode expected)
    {
        Assert.True(response.GrpcStatus == expected,
            $"Expected grpc-status {expected}, got {response.GrpcStatus?.ToString() ?? "none"} (HTTP {(int)response.HttpStatus}, grpc-message '{response.GrpcMessage}')");
    }

    /// <summary>
    /// No error was logged besides the transport's "error status" entries (it logs an INTERNAL status
    /// that carries a local exception, such as a message that failed to deserialize): no exception
    /// escaped to Kestrel, and no call was reported as a handler failure.
    /// </summary>
    public static void AssertNoUnexpectedErrors(this LogCapture logs)
    {
        var errors = logs.Entries
            .Where(e => e.Level >= LogLevel.Error)
            .Where(e => !(e.Category == "Grpc.AspNetCore.Server" && e.EventId.Name == "RpcError"))
            .ToList();
        Assert.True(errors.Count == 0, "Unexpected error logs:\n" + string.Join("\n", errors.Select(e => $"{e.Category}: {e.Message} {e.Exception}")));
    }
}
