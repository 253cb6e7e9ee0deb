using Google.Protobuf;
using Grpc.Core;
using Transport.Tests.V1;

namespace Transport.Tests.Infrastructure;

/// <summary>The test service: behaves per <see cref="Request.Scenario"/>, and reports what it saw.</summary>
public sealed class TestServiceImpl(ServerProbe probe) : TransportTest.TransportTestBase
{
    public static readonly byte[] TrailerBytes = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];

    public override async Task<Reply> Unary(Request request, ServerCallContext context)
    {
        var info = DescribeCall(context);
        info.RequestsCompressed.Add(context.IsLastRequestCompressed());
        info.MessagesRead = 1;
        switch (request.Scenario)
        {
            case Scenario.Throw:
                throw new InvalidOperationException(request.Text);
            case Scenario.FailWithStatus:
                throw Failure(request);
            case Scenario.AwaitCancellation:
                await AwaitCancellationAsync(context);
                break;
            case Scenario.IgnoreCancellation:
                probe.HandlerStarted.TrySetResult();
                await Task.Delay(request.DelayMs, CancellationToken.None);
                probe.HandlerFinished.TrySetResult();
                break;
            case Scenario.EchoMetadata:
                await EchoMetadataAsync(context);
                break;
            case Scenario.SetReservedMetadata:
                await context.WriteResponseHeadersAsync(new Metadata { { "grpc-reserved-header", "app" }, { "x-allowed-header", "app" } });
                context.ResponseTrailers.Add("grpc-reserved-trailer", "app");
                context.ResponseTrailers.Add("x-allowed-trailer", "app");
                break;
            case Scenario.NoCompressResponse:
                context.WriteOptions = new WriteOptions(WriteFlags.NoCompress);
                break;
            case Scenario.LargeReply:
                return new Reply { Payload = ByteString.CopyFrom(new byte[request.Count]), Info = info };
        }

        return new Reply { Payload = request.Payload, Text = request.Text, Info = info };
    }

    public override async Task ServerStream(Request request, IServerStreamWriter<Reply> responseStream, ServerCallContext context)
    {
        switch (request.Scenario)
        {
            case Scenario.Barrier:
                var connection = context.GetHttpContext().Connection.Id;
                await responseStream.WriteAsync(new Reply { Index = 0, Text = connection });
                await probe.ArriveAsync(request.Count, connection).WaitAsync(TimeSpan.FromSeconds(20), context.CancellationToken);
                await responseStream.WriteAsync(new Reply { Index = 1, Text = connection });
                return;
            case Scenario.AwaitCancellation:
                await responseStream.WriteAsync(new Reply { Index = 0 });
                await AwaitCancellationAsync(context);
                return;
            case Scenario.EchoMetadata:
                await EchoMetadataAsync(context);
                break;
        }

        for (var i = 0; i < request.Count; i++)
        {
            await responseStream.WriteAsync(new Reply { Index = i, Payload = request.Payload, Text = request.Text });
        }

        switch (request.Scenario)
        {
            case Scenario.FailWithStatus:
                throw Failure(request);
            case Scenario.Throw:
                throw new InvalidOperationException(request.Text);
        }
    }

    public override async Task<Reply> ClientStream(IAsyncStreamReader<Request> requestStream, ServerCallContext context)
    {
        var info = DescribeCall(context);
        var texts = new List<string>();
        var payload = new MemoryStream();
        await foreach (var request in requestStream.ReadAllAsync())
        {
            info.MessagesRead++;
            info.RequestsCompressed.Add(context.IsLastRequestCompressed());
            texts.Add(request.Text);
            request.Payload.WriteTo(payload);
        }

        if (context.RequestHeaders.Get("x-scenario")?.Value == "echo-metadata")
        {
            await EchoMetadataAsync(context);
        }

        return new Reply { Text = string.Join(",", texts), Payload = ByteString.CopyFrom(payload.ToArray()), Index = info.MessagesRead, Info = info };
    }

    public override async Task Duplex(IAsyncStreamReader<Request> requestStream, IServerStreamWriter<Reply> responseStream, ServerCallContext context)
    {
        if (context.RequestHeaders.Get("x-scenario")?.Value == "echo-metadata")
        {
            await EchoMetadataAsync(context);
        }

        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync())
        {
            if (request.Scenario == Scenario.AwaitCancellation)
            {
                await AwaitCancellationAsync(context);
            }

            await responseStream.WriteAsync(new Reply { Index = index++, Text = request.Text, Payload = request.Payload });
        }
    }

    private async Task AwaitCancellationAsync(ServerCallContext context)
    {
        probe.HandlerStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.HandlerCancelled.TrySetResult();
            throw;
        }
    }

    private static async Task EchoMetadataAsync(ServerCallContext context)
    {
        var echoed = new Metadata();
        foreach (var entry in context.RequestHeaders)
        {
            if (entry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                echoed.Add(entry);
                context.ResponseTrailers.Add(entry);
            }
        }

        await context.WriteResponseHeadersAsync(echoed);
    }

    private static RpcException Failure(Request request) => new(
        new Status((StatusCode)request.StatusCode, request.Text),
        new Metadata { { "x-trailer-text", "trailer value" }, { "x-trailer-bin", TrailerBytes } });

    private static CallInfo DescribeCall(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var info = new CallInfo
        {
            DeadlineUnixMs = context.Deadline == DateTime.MaxValue ? 0 : new DateTimeOffset(context.Deadline).ToUnixTimeMilliseconds(),
            RequestEncoding = http.Request.Headers["grpc-encoding"].ToString(),
            Protocol = http.Request.Protocol,
            IsHttps = http.Request.IsHttps,
            ConnectionId = http.Connection.Id,
            TransportSecurityType = context.AuthContext.FindPropertiesByName("transport_security_type").FirstOrDefault()?.Value ?? "",
        };
        // Kestrel reports well-known names in canonical case; on the HTTP/2 wire every name is lower case.
        info.HeaderNames.AddRange(http.Request.Headers.Keys.Select(k => k.ToLowerInvariant()));
        return info;
    }
}
