using System.Diagnostics;
using Employment.Gateway.Pipeline;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Rest;

/// <summary>
/// Answers a REST call matched to an RPC (the access check already passed): translates it to the
/// gRPC request, calls a destination of the RPC's service, and writes the response in the proto3
/// JSON mapping; a gRPC error becomes its HTTP status with JSON <c>{code, message}</c>.
/// </summary>
public sealed class RestTranscoding(RequestDelegate next, UpstreamChannels upstream)
{
    /// <summary>How long a transcoded call may take.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    public async Task InvokeAsync(HttpContext context)
    {
        var call = GatewayCall.Of(context);
        if (call.Rest is not { } rest)
        {
            await next(context);
            return;
        }

        try
        {
            var request = await RequestTranslator.TranslateAsync(rest.Binding, rest.Variables, context.Request);
            var channel = upstream.For(rest.Binding.Method.Service.FullName)
                ?? throw new RpcException(new Status(StatusCode.Unavailable, "No destination of this service is available."));
            var method = Method(rest.Binding);
            var response = await channel.CreateCallInvoker().AsyncUnaryCall(
                method, null, new CallOptions(Headers(context), DateTime.UtcNow + Deadline, context.RequestAborted), request);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Formatter.Format(response), context.RequestAborted);
        }
        catch (RpcException e)
        {
            await GatewayErrors.WriteAsync(context, e.StatusCode, e.Status.Detail);
        }
    }

    private static Method<IMessage, IMessage> Method(HttpBinding binding)
    {
        // One marshaller both ways: the client only ever serializes requests and parses responses.
        var output = binding.Method.OutputType;
        var marshaller = Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => output.Parser.ParseFrom(bytes));
        return new Method<IMessage, IMessage>(MethodType.Unary, binding.Method.Service.FullName, binding.Method.Name, marshaller, marshaller);
    }

    // The caller's token (the service verifies it again) travels on; the gRPC client's HttpClient
    // instrumentation sends the trace.
    private static Metadata Headers(HttpContext context)
    {
        var headers = new Metadata();
        if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            headers.Add("authorization", authorization);
        }

        return headers;
    }
}
