using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Loans.Tests.Service;

/// <summary>The registry's side of the loans service's calls: which connection each GetProfile came on.</summary>
public sealed class RegistryCallLog
{
    public ConcurrentQueue<string> GetProfileConnections { get; } = new();

    /// <summary>Recorded on the registry's host for every call.</summary>
    internal sealed class Interceptor(RegistryCallLog log) : Grpc.Core.Interceptors.Interceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            if (context.Method.EndsWith("/GetProfile", StringComparison.Ordinal))
            {
                log.GetProfileConnections.Enqueue(context.GetHttpContext().Connection.Id);
            }

            return continuation(request, context);
        }
    }
}
