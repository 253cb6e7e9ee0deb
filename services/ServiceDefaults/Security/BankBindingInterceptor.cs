using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// A bank's requests name its own bank wherever the contract marks a bank code (<see cref="BankBinding"/>),
/// checked on every call after the declared-access policy let the caller in, streamed requests as each is read.
/// </summary>
public sealed class BankBindingInterceptor(ICallerResolver callers) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        BankBinding.Check(callers.Resolve(context), request);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return continuation(new BankBoundReader<TRequest>(requestStream, callers.Resolve(context)), context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        BankBinding.Check(callers.Resolve(context), request);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return continuation(new BankBoundReader<TRequest>(requestStream, callers.Resolve(context)), responseStream, context);
    }

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
