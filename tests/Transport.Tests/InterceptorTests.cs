using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// Server interceptors (GrpcServiceOptions.Interceptors, first registered outermost) and client
/// interceptors (CallInvoker.Intercept, first in the list outermost) around every call type.
/// </summary>
public sealed class InterceptorTests
{
    /// <summary>Records its turn, checks what the client interceptors sent, and adds a trailer.</summary>
    public sealed class RecordingServerInterceptor(string name, ServerProbe probe) : Interceptor
    {
        public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            Before(context, "unary");
            var response = await continuation(request, context);
            probe.Events.Enqueue($"{name}:after");
            return response;
        }

        public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
        {
            Before(context, "server-streaming");
            await continuation(request, responseStream, context);
            probe.Events.Enqueue($"{name}:after");
        }

        public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
        {
            Before(context, "client-streaming");
            var response = await continuation(requestStream, context);
            probe.Events.Enqueue($"{name}:after");
            return response;
        }

        public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
        {
            Before(context, "duplex");
            await continuation(requestStream, responseStream, context);
            probe.Events.Enqueue($"{name}:after");
        }

        private void Before(ServerCallContext context, string callType)
        {
            // HTTP may fold the repeated header into one comma-separated value.
            var fromClient = string.Join("+", context.RequestHeaders.GetAll("x-client-order").SelectMany(e => e.Value.Split(',')).Select(v => v.Trim()));
            probe.Events.Enqueue($"{name}:before:{callType}:{fromClient}");
            context.ResponseTrailers.Add($"x-server-{name}", callType);
        }
    }

    /// <summary>Refuses calls without an x-ticket header, before the handler runs.</summary>
    public sealed class TicketCheckingInterceptor : Interceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
            context.RequestHeaders.Get("x-ticket") is null
                ? throw new RpcException(new Status(StatusCode.PermissionDenied, "no ticket"))
                : continuation(request, context);
    }

    /// <summary>Records its turn and adds its name to the call's headers.</summary>
    private sealed class RecordingClientInterceptor(string name, ConcurrentQueue<string> events) : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, Apply(context, "unary"));

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(request, Apply(context, "server-streaming"));

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(Apply(context, "client-streaming"));

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
            continuation(Apply(context, "duplex"));

        private ClientInterceptorContext<TRequest, TResponse> Apply<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, string callType)
            where TRequest : class
            where TResponse : class
        {
            events.Enqueue($"{name}:{callType}:{context.Method.Name}");
            var headers = new Metadata();
            foreach (var entry in context.Options.Headers ?? [])
            {
                headers.Add(entry);
            }

            headers.Add("x-client-order", name);
            return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
        }
    }

    private static Task<TestServer> StartServerWithTwoInterceptorsAsync() => TestServer.StartAsync(new()
    {
        Grpc = o =>
        {
            o.Interceptors.Add<RecordingServerInterceptor>("first");
            o.Interceptors.Add<RecordingServerInterceptor>("second");
        },
    });

    private static TransportTest.TransportTestClient CreateInterceptedClient(TestServer server, ConcurrentQueue<string> events) =>
        new(server.CreateChannel().Intercept(new RecordingClientInterceptor("a", events), new RecordingClientInterceptor("b", events)));

    [Fact(Timeout = 30_000)]
    public async Task Unary_ClientAndServerInterceptorsRunInRegistrationOrder_AndExchangeMetadata()
    {
        await using var server = await StartServerWithTwoInterceptorsAsync();
        var clientEvents = new ConcurrentQueue<string>();
        var client = CreateInterceptedClient(server, clientEvents);

        using var call = client.UnaryAsync(new Request());
        await call;

        Assert.Equal(["a:unary:Unary", "b:unary:Unary"], clientEvents);
        Assert.Equal(["first:before:unary:a+b", "second:before:unary:a+b", "second:after", "first:after"], server.Probe.Events);
        Assert.Equal("unary", call.GetTrailers().GetValue("x-server-first"));
        Assert.Equal("unary", call.GetTrailers().GetValue("x-server-second"));
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerStreaming_InterceptorsSeeAndAddMetadata()
    {
        await using var server = await StartServerWithTwoInterceptorsAsync();
        var clientEvents = new ConcurrentQueue<string>();
        var client = CreateInterceptedClient(server, clientEvents);

        using var call = client.ServerStream(new Request { Count = 3 });
        var replies = await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(3, replies.Count);
        Assert.Equal(["a:server-streaming:ServerStream", "b:server-streaming:ServerStream"], clientEvents);
        Assert.Equal(["first:before:server-streaming:a+b", "second:before:server-streaming:a+b", "second:after", "first:after"], server.Probe.Events);
        Assert.Equal("server-streaming", call.GetTrailers().GetValue("x-server-first"));
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreaming_InterceptorsSeeAndAddMetadata()
    {
        await using var server = await StartServerWithTwoInterceptorsAsync();
        var clientEvents = new ConcurrentQueue<string>();
        var client = CreateInterceptedClient(server, clientEvents);

        using var call = client.ClientStream();
        await call.RequestStream.WriteAsync(new Request { Text = "x" });
        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal("x", reply.Text);
        Assert.Equal(["a:client-streaming:ClientStream", "b:client-streaming:ClientStream"], clientEvents);
        Assert.Equal(["first:before:client-streaming:a+b", "second:before:client-streaming:a+b", "second:after", "first:after"], server.Probe.Events);
        Assert.Equal("client-streaming", call.GetTrailers().GetValue("x-server-second"));
    }

    [Fact(Timeout = 30_000)]
    public async Task DuplexStreaming_InterceptorsSeeAndAddMetadata()
    {
        await using var server = await StartServerWithTwoInterceptorsAsync();
        var clientEvents = new ConcurrentQueue<string>();
        var client = CreateInterceptedClient(server, clientEvents);

        using var call = client.Duplex();
        await call.RequestStream.WriteAsync(new Request { Text = "ping" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(["a:duplex:Duplex", "b:duplex:Duplex"], clientEvents);
        Assert.Equal(["first:before:duplex:a+b", "second:before:duplex:a+b", "second:after", "first:after"], server.Probe.Events);
        Assert.Equal("duplex", call.GetTrailers().GetValue("x-server-first"));
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerInterceptor_CanEndACallBeforeTheHandler()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.Interceptors.Add<TicketCheckingInterceptor>() });
        var client = server.CreateClient();

        var refused = await AssertRpcExceptionAsync(StatusCode.PermissionDenied, async () => await client.UnaryAsync(new Request()));
        var admitted = await client.UnaryAsync(new Request { Text = "in" }, new Metadata { { "x-ticket", "1" } });

        Assert.Equal("no ticket", refused.Status.Detail);
        Assert.Equal("in", admitted.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientMetadataInterceptor_FunctionForm_AddsHeadersToEveryCall()
    {
        await using var server = await TestServer.StartAsync();
        var invoker = server.CreateChannel().CreateCallInvoker().Intercept(metadata =>
        {
            metadata.Add("x-from-func", "yes");
            return metadata;
        });
        var client = new TransportTest.TransportTestClient(invoker);

        var reply = await client.UnaryAsync(new Request());

        Assert.Contains("x-from-func", reply.Info.HeaderNames);
    }
}
