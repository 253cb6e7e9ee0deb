using Grpc.Core;
using Grpc.Net.Client;

namespace Gateway.Tests;

/// <summary>
/// Calls any unary method by its path with raw message bytes, as a generic gRPC client would; an
/// empty byte array is the empty message of every proto3 type.
/// </summary>
public static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<StatusCode> StatusOfAsync(GrpcChannel channel, string methodPath, Metadata headers, byte[]? request = null) =>
        (await AnswerOfAsync(channel, methodPath, headers, request)).StatusCode;

    /// <summary>The status the call ended with, its message included (OK for an answer).</summary>
    public static async Task<Status> AnswerOfAsync(GrpcChannel channel, string methodPath, Metadata headers, byte[]? request = null)
    {
        var parts = methodPath.TrimStart('/').Split('/');
        var method = new Method<byte[], byte[]>(MethodType.Unary, parts[0], parts[1], Bytes, Bytes);
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(headers, DateTime.UtcNow.AddSeconds(20)), request ?? []);
            return Status.DefaultSuccess;
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }
}
