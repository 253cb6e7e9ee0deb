using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Every call on every service passes here before its handler: the method's declared roles
/// (<see cref="AccessRules"/>) are checked against the verified caller, whatever the gateway already
/// decided. Undeclared methods are closed (PERMISSION_DENIED); a non-public method without a token
/// is UNAUTHENTICATED; public and exempt methods run without looking at identities.
/// </summary>
public sealed class AccessInterceptor(AccessRules rules, ICallerResolver callers) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Check(ServerCallContext context)
    {
        var rule = rules.For(context.Method);
        if (rule.IsOpen)
        {
            return;
        }

        if (rule.IsClosed)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "No role may call this method: its contract declares none."));
        }

        callers.Resolve(context).Require([.. rule.Roles]);
    }
}
