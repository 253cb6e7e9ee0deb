using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Every call on every service passes here before its handler: the method's declared roles
/// (<see cref="AccessRules"/>) are checked against the verified caller, whatever the gateway already
/// decided. Undeclared methods are closed (PERMISSION_DENIED); a non-public method without a token
/// is UNAUTHENTICATED; public and exempt methods run without looking at identities. A bank's
/// requests must name its own bank wherever the contract marks a bank code (<see cref="BankBinding"/>).
/// </summary>
public sealed class AccessInterceptor(AccessRules rules, ICallerResolver callers) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        BankBinding.Check(Check(context), request);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var caller = Check(context);
        return continuation(new BankBoundReader<TRequest>(requestStream, caller), context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        BankBinding.Check(Check(context), request);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var caller = Check(context);
        return continuation(new BankBoundReader<TRequest>(requestStream, caller), responseStream, context);
    }

    /// <summary>The caller the rule lets through (Anonymous on open methods, which never see a bank's binding).</summary>
    private Caller Check(ServerCallContext context)
    {
        var rule = rules.For(context.Method);
        if (rule.IsOpen)
        {
            return Caller.Anonymous;
        }

        if (rule.IsClosed)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "No role may call this method: its contract declares none."));
        }

        return callers.Resolve(context).Require([.. rule.Roles]);
    }

    /// <summary>Checks each streamed request as it is read.</summary>
    private sealed class BankBoundReader<T>(IAsyncStreamReader<T> inner, Caller caller) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            BankBinding.Check(caller, inner.Current);
            return true;
        }
    }
}
