using System.Net;
using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// Input no conforming client sends, over a raw HTTP/2 client: every case must end the call with
/// the right status and leave the server serving (PROTOCOL-HTTP2: Length-Prefixed-Message, Timeout,
/// Message-Encoding, Content-Type).
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly byte[] EchoRequest = Frame(new Request { Text = "hello" });

    [Fact(Timeout = 30_000)]
    public async Task LengthPrefixedMessage_OnlyThreeOfFivePrefixBytes_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, [0, 0, 0]);

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task LengthPrefixedMessage_EndOfStreamInsideMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();
        var truncated = EchoRequest[..^2];

        var response = await server.Raw.SendAsync(UnaryPath, truncated);

        AssertStatus(response, StatusCode.Internal);
        Assert.Contains("ended inside a message", response.GrpcMessage);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task LengthPrefixedMessage_DeclaredLengthLargerThanBody_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();
        var body = Frame(new byte[10], declaredLength: 100);

        var response = await server.Raw.SendAsync(UnaryPath, body);

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task UnaryRequest_WithoutAnyMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, []);

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task LengthPrefixedMessage_ZeroLengthMessage_IsAValidEmptyRequest()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame([]));

        AssertStatus(response, StatusCode.OK);
        var reply = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload);
        Assert.Equal("", reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task LengthPrefixedMessage_CompressedFlagOtherThanZeroOrOne_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();
        var body = (byte[])EchoRequest.Clone();
        body[0] = 2;

        var response = await server.Raw.SendAsync(UnaryPath, body);

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task UndeserializableMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame([0xff, 0xff, 0xff, 0xff]));

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task MessageOverMaxReceiveMessageSize_EndsWithResourceExhausted()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.MaxReceiveMessageSize = 1024 });
        var body = Frame(new Request { Payload = Google.Protobuf.ByteString.CopyFrom(new byte[2048]) });

        var response = await server.Raw.SendAsync(UnaryPath, body);

        AssertStatus(response, StatusCode.ResourceExhausted);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task MessageOverMaxReceiveMessageSize_IsRefusedFromItsPrefixAlone()
    {
        // Only the prefix is sent: the server must not wait for (or buffer) a body it will refuse.
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.MaxReceiveMessageSize = 1024 });

        var response = await server.Raw.SendAsync(UnaryPath, Frame([], declaredLength: 64 * 1024 * 1024));

        AssertStatus(response, StatusCode.ResourceExhausted);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task MessageAtExactlyMaxReceiveMessageSize_IsAccepted()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.MaxReceiveMessageSize = 1024 });
        var request = new Request { Text = new string('x', 1021) };
        var payload = Google.Protobuf.MessageExtensions.ToByteArray(request);
        Assert.Equal(1024, payload.Length);

        var response = await server.Raw.SendAsync(UnaryPath, Frame(payload));

        AssertStatus(response, StatusCode.OK);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("abc")]
    [InlineData("1x")]
    [InlineData("123456789S")]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("-1S")]
    [InlineData("1.5S")]
    [InlineData("1s")]
    public async Task GrpcTimeout_Malformed_EndsWithInternalNamingTheHeader(string value)
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, EchoRequest, ("grpc-timeout", value));

        AssertStatus(response, StatusCode.Internal);
        Assert.Contains("grpc-timeout", response.GrpcMessage);
        Assert.True(response.IsTrailersOnly);
        await server.AssertServesNormalCallAsync();
    }

    [Theory(Timeout = 30_000)]
    [InlineData("2H", 2 * 3600_000L)]
    [InlineData("3M", 3 * 60_000L)]
    [InlineData("45S", 45_000L)]
    [InlineData("30000m", 30_000L)]
    [InlineData("25000000u", 25_000L)]
    [InlineData("99999999u", 99_999L)]
    [InlineData("1200H", 1200 * 3600_000L)]
    [InlineData("12345678H", 12345678L * 3600_000)]
    [InlineData("99999999H", 99999999L * 3600_000)]
    public async Task GrpcTimeout_ValidInEveryUnit_SetsTheServerDeadline(string value, long expectedMs)
    {
        await using var server = await TestServer.StartAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var response = await server.Raw.SendAsync(UnaryPath, EchoRequest, ("grpc-timeout", value));

        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        AssertStatus(response, StatusCode.OK);
        var deadline = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload).Info.DeadlineUnixMs;
        // A server may cap absurd timeouts (weeks are "no deadline" in practice) but never shortens sane ones.
        var floor = Math.Min(expectedMs, (long)TimeSpan.FromDays(30).TotalMilliseconds);
        Assert.InRange(deadline, before + floor - 1000, after + expectedMs + 1000);
    }

    [Fact(Timeout = 30_000)]
    public async Task GrpcTimeout_NanosecondUnit_IsAccepted()
    {
        // 99999999n is the longest nanosecond timeout (0.1 s): the call either answers in time with that
        // deadline, or the deadline is enforced. Either way the header parsed; INTERNAL would mean it did not.
        await using var server = await TestServer.StartAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var response = await server.Raw.SendAsync(UnaryPath, EchoRequest, ("grpc-timeout", "99999999n"));

        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.Contains(response.GrpcStatus, new StatusCode?[] { StatusCode.OK, StatusCode.DeadlineExceeded });
        if (response.GrpcStatus == StatusCode.OK)
        {
            var deadline = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload).Info.DeadlineUnixMs;
            Assert.InRange(deadline, before + 100 - 1000, after + 100 + 1000);
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task GrpcEncoding_Unknown_EndsWithUnimplementedAndAdvertisesAcceptedEncodings()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame([], compressed: false), ("grpc-encoding", "br"));

        AssertStatus(response, StatusCode.Unimplemented);
        var accepted = response.Header("grpc-accept-encoding");
        Assert.NotNull(accepted);
        Assert.Contains("gzip", accepted.Split(',').Select(s => s.Trim()));
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task CompressedFlagSet_WithoutGrpcEncoding_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame(Google.Protobuf.MessageExtensions.ToByteArray(new Request { Text = "x" }), compressed: true));

        AssertStatus(response, StatusCode.Internal);
        Assert.Contains("grpc-encoding", response.GrpcMessage);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Theory(Timeout = 30_000)]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("application/grpcfoo")]
    public async Task ContentType_NotGrpc_IsAnsweredWithHttp415(string contentType)
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, GrpcContent(EchoRequest, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.HttpStatus);
        await server.AssertServesNormalCallAsync();
    }

    [Theory(Timeout = 30_000)]
    [InlineData("application/grpc+proto")]
    [InlineData("application/grpc; charset=utf-8")]
    public async Task ContentType_GrpcWithFormatOrParameters_IsAccepted(string contentType)
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, GrpcContent(EchoRequest, contentType));

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        AssertStatus(response, StatusCode.OK);
    }

    [Fact(Timeout = 30_000)]
    public async Task UnknownService_EndsWithUnimplementedServiceIsUnimplemented()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync("/no.such.v1.Service/Method", EchoRequest);

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        AssertStatus(response, StatusCode.Unimplemented);
        Assert.Equal("Service is unimplemented.", response.GrpcMessage);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task UnknownMethodOfKnownService_EndsWithUnimplementedMethodIsUnimplemented()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync("/transport.test.v1.TransportTest/NoSuchMethod", EchoRequest);

        AssertStatus(response, StatusCode.Unimplemented);
        Assert.Equal("Method is unimplemented.", response.GrpcMessage);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task UnknownMethod_ThroughGrpcChannel_IsUnimplementedAtTheClient()
    {
        await using var server = await TestServer.StartAsync();
        var invoker = server.CreateChannel().CreateCallInvoker();
        var method = new Method<Request, Reply>(MethodType.Unary, "transport.test.v1.TransportTest", "NoSuchMethod",
            Marshallers.Create<Request>(r => Google.Protobuf.MessageExtensions.ToByteArray(r), Request.Parser.ParseFrom),
            Marshallers.Create<Reply>(r => Google.Protobuf.MessageExtensions.ToByteArray(r), Reply.Parser.ParseFrom));

        var exception = await AssertRpcExceptionAsync(StatusCode.Unimplemented,
            async () => await invoker.AsyncUnaryCall(method, null, new CallOptions(), new Request()));

        Assert.Equal("Method is unimplemented.", exception.Status.Detail);
    }

    [Fact(Timeout = 30_000)]
    public async Task UnaryRequest_WithSecondMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, [.. EchoRequest, .. EchoRequest]);

        AssertStatus(response, StatusCode.Internal);
        Assert.Empty(response.Messages());
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerStreamingRequest_WithSecondMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();
        var request = Frame(new Request { Count = 1 });

        var response = await server.Raw.SendAsync("/transport.test.v1.TransportTest/ServerStream", [.. request, .. request]);

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task ManyMalformedCallsInARow_LeaveTheServerServing()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.MaxReceiveMessageSize = 1024 });
        byte[][] bodies = [[0], [0, 0, 0, 0], Frame(new byte[3], declaredLength: 9), Frame(new byte[2000]), [7, 0, 0, 0, 0], Frame([0xff])];

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => server.Raw.SendAsync(UnaryPath, bodies[i % bodies.Length])));

        Assert.All(responses, r => Assert.NotEqual(StatusCode.OK, r.GrpcStatus));
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }
}
