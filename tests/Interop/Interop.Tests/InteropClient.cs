using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Testing;
using Interop.Service;
using Xunit;

namespace Interop.Tests;

/// <summary>
/// The interop test cases (grpc doc/interop-test-descriptions.md) driven by our client. Each
/// method is one case; a failed expectation throws.
/// </summary>
public sealed class InteropClient(GrpcChannel channel, bool serverChecksCompression)
{
    public static readonly string[] Cases =
    [
        "empty_unary", "large_unary", "client_compressed_unary", "server_compressed_unary", "client_streaming",
        "server_streaming", "ping_pong", "empty_stream", "custom_metadata", "status_code_and_message",
        "special_status_message", "unimplemented_method", "unimplemented_service", "timeout_on_sleeping_server",
        "cancel_after_begin", "cancel_after_first_response",
    ];

    private readonly TestService.TestServiceClient _client = new(channel);

    public Task RunAsync(string testCase) => testCase switch
    {
        "empty_unary" => EmptyUnaryAsync(),
        "large_unary" => LargeUnaryAsync(),
        "client_compressed_unary" => ClientCompressedUnaryAsync(),
        "server_compressed_unary" => ServerCompressedUnaryAsync(),
        "client_streaming" => ClientStreamingAsync(),
        "server_streaming" => ServerStreamingAsync(),
        "ping_pong" => PingPongAsync(),
        "empty_stream" => EmptyStreamAsync(),
        "custom_metadata" => CustomMetadataAsync(),
        "status_code_and_message" => StatusCodeAndMessageAsync("test status message"),
        "special_status_message" => StatusCodeAndMessageAsync("\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n"),
        "unimplemented_method" => UnimplementedMethodAsync(),
        "unimplemented_service" => UnimplementedServiceAsync(),
        "timeout_on_sleeping_server" => TimeoutOnSleepingServerAsync(),
        "cancel_after_begin" => CancelAfterBeginAsync(),
        "cancel_after_first_response" => CancelAfterFirstResponseAsync(),
        _ => throw new ArgumentException($"Unknown test case '{testCase}'."),
    };

    private async Task EmptyUnaryAsync()
    {
        var response = await _client.EmptyCallAsync(new Empty());
        Assert.NotNull(response);
    }

    private async Task LargeUnaryAsync()
    {
        var response = await _client.UnaryCallAsync(new SimpleRequest { ResponseSize = 314159, Payload = Zeros(271828) });
        Assert.Equal(314159, response.Payload.Body.Length);
        Assert.All(response.Payload.Body, b => Assert.Equal(0, b));
    }

    private async Task ClientCompressedUnaryAsync()
    {
        if (serverChecksCompression)
        {
            // The probe: a request that claims compression but is sent plain must be refused.
            var probe = await Assert.ThrowsAsync<RpcException>(async () =>
                await _client.UnaryCallAsync(new SimpleRequest { ExpectCompressed = new BoolValue { Value = true }, ResponseSize = 314159, Payload = Zeros(271828) }));
            Assert.Equal(StatusCode.InvalidArgument, probe.StatusCode);
        }

        var compressed = await _client.UnaryCallAsync(
            new SimpleRequest { ExpectCompressed = new BoolValue { Value = true }, ResponseSize = 314159, Payload = Zeros(271828) },
            new Metadata { { "grpc-internal-encoding-request", "gzip" } });
        Assert.Equal(314159, compressed.Payload.Body.Length);

        var plain = await _client.UnaryCallAsync(new SimpleRequest { ExpectCompressed = new BoolValue { Value = false }, ResponseSize = 314159, Payload = Zeros(271828) });
        Assert.Equal(314159, plain.Payload.Body.Length);
    }

    private async Task ServerCompressedUnaryAsync()
    {
        foreach (var compressed in new[] { true, false })
        {
            var response = await _client.UnaryCallAsync(new SimpleRequest
            {
                ResponseCompressed = new BoolValue { Value = compressed },
                ResponseSize = 314159,
                Payload = Zeros(271828),
            });
            Assert.Equal(314159, response.Payload.Body.Length);
        }
    }

    private async Task ClientStreamingAsync()
    {
        using var call = _client.StreamingInputCall();
        foreach (var size in new[] { 27182, 8, 1828, 45904 })
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(size) });
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;
        Assert.Equal(74922, response.AggregatedPayloadSize);
    }

    private async Task ServerStreamingAsync()
    {
        int[] sizes = [31415, 9, 2653, 58979];
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(sizes.Select(s => new ResponseParameters { Size = s }));
        using var call = _client.StreamingOutputCall(request);
        var received = new List<int>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            received.Add(response.Payload.Body.Length);
        }

        Assert.Equal(sizes, received);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    private async Task PingPongAsync()
    {
        int[] requestSizes = [27182, 8, 1828, 45904];
        int[] responseSizes = [31415, 9, 2653, 58979];
        using var call = _client.FullDuplexCall();
        for (var i = 0; i < requestSizes.Length; i++)
        {
            var request = new StreamingOutputCallRequest { Payload = Zeros(requestSizes[i]) };
            request.ResponseParameters.Add(new ResponseParameters { Size = responseSizes[i] });
            await call.RequestStream.WriteAsync(request);
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal(responseSizes[i], call.ResponseStream.Current.Payload.Body.Length);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    private async Task EmptyStreamAsync()
    {
        using var call = _client.FullDuplexCall();
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    private async Task CustomMetadataAsync()
    {
        byte[] trailingValue = [0xab, 0xab, 0xab];
        Metadata Echo() => new() { { "x-grpc-test-echo-initial", "test_initial_metadata_value" }, { "x-grpc-test-echo-trailing-bin", trailingValue } };

        using (var unary = _client.UnaryCallAsync(new SimpleRequest { ResponseSize = 314159, Payload = Zeros(271828) }, Echo()))
        {
            await unary;
            Assert.Equal("test_initial_metadata_value", (await unary.ResponseHeadersAsync).GetValue("x-grpc-test-echo-initial"));
            Assert.Equal(trailingValue, unary.GetTrailers().GetValueBytes("x-grpc-test-echo-trailing-bin"));
        }

        using var duplex = _client.FullDuplexCall(Echo());
        var request = new StreamingOutputCallRequest { Payload = Zeros(271828) };
        request.ResponseParameters.Add(new ResponseParameters { Size = 314159 });
        await duplex.RequestStream.WriteAsync(request);
        await duplex.RequestStream.CompleteAsync();
        Assert.Equal("test_initial_metadata_value", (await duplex.ResponseHeadersAsync).GetValue("x-grpc-test-echo-initial"));
        while (await duplex.ResponseStream.MoveNext(CancellationToken.None))
        {
        }

        Assert.Equal(trailingValue, duplex.GetTrailers().GetValueBytes("x-grpc-test-echo-trailing-bin"));
    }

    private async Task StatusCodeAndMessageAsync(string message)
    {
        var unary = await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.UnaryCallAsync(new SimpleRequest { ResponseStatus = new EchoStatus { Code = 2, Message = message } }));
        Assert.Equal(StatusCode.Unknown, unary.StatusCode);
        Assert.Equal(message, unary.Status.Detail);

        using var duplex = _client.FullDuplexCall();
        await duplex.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = new EchoStatus { Code = 2, Message = message } });
        await duplex.RequestStream.CompleteAsync();
        var streamed = await Assert.ThrowsAsync<RpcException>(async () => await duplex.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.Unknown, streamed.StatusCode);
        Assert.Equal(message, streamed.Status.Detail);
    }

    private async Task UnimplementedMethodAsync()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await _client.UnimplementedCallAsync(new Empty()));
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    private async Task UnimplementedServiceAsync()
    {
        var client = new UnimplementedService.UnimplementedServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.UnimplementedCallAsync(new Empty()));
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    private async Task TimeoutOnSleepingServerAsync()
    {
        using var call = _client.FullDuplexCall(deadline: DateTime.UtcNow.AddMilliseconds(1));
        try
        {
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = Zeros(27182) });
        }
        catch (Exception ex) when (ex is RpcException { StatusCode: StatusCode.DeadlineExceeded or StatusCode.Cancelled } or System.Net.Http.HttpProtocolException)
        {
            // The deadline may pass before the write: the description allows either. A write racing
            // the 1 ms deadline fails in whichever way the deadline reached it first — the status,
            // the call's cancellation (CANCELLED), or the server's HTTP/2 reset of the expired stream
            // (HttpProtocolException); the call's own status is asserted below.
        }

        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    private async Task CancelAfterBeginAsync()
    {
        using var cts = new CancellationTokenSource();
        using var call = _client.StreamingInputCall(cancellationToken: cts.Token);
        cts.Cancel();
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    private async Task CancelAfterFirstResponseAsync()
    {
        using var cts = new CancellationTokenSource();
        using var call = _client.FullDuplexCall(cancellationToken: cts.Token);
        var request = new StreamingOutputCallRequest { Payload = Zeros(27182) };
        request.ResponseParameters.Add(new ResponseParameters { Size = 31415 });
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        cts.Cancel();
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    private static Payload Zeros(int size) => new() { Type = PayloadType.Compressable, Body = ByteString.CopyFrom(new byte[size]) };
}
