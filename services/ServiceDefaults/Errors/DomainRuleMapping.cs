using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// The one place a broken domain rule becomes a gRPC status: every service host runs this
/// interceptor, so handlers let <see cref="DomainRuleException"/> pass and <c>Domain/</c> stays
/// free of gRPC. The texts match <see cref="RpcErrors"/>, which handlers use for request checks.
/// </summary>
public sealed class DomainRuleMapping : Interceptor
{
    public static RpcException ToRpc(DomainRuleException e) => e.Kind switch
    {
        DomainRuleKind.InvalidInput => RpcErrors.Invalid(e.Field ?? "request", e.Message),
        DomainRuleKind.NotFound => new RpcException(new Status(StatusCode.NotFound, e.Message)),
        DomainRuleKind.AlreadyExists => RpcErrors.Exists(e.Message),
        DomainRuleKind.StaleVersion => new RpcException(new Status(StatusCode.Aborted, e.Message)),
        _ => RpcErrors.Precondition(e.RuleId is null ? e.Message : $"{e.Message} (rule: {e.RuleId})"),
    };

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            throw ToRpc(e);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            throw ToRpc(e);
        }
    }
}
