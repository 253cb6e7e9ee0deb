using System.Globalization;
using Employment.Policy;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Errors;

/// <summary>
/// The one place a refusal becomes what the caller receives: every service host runs this interceptor,
/// so handlers let <see cref="DomainRuleException"/> pass and <c>Domain/</c> stays free of gRPC. Every
/// status leaving the service carries its details (<see cref="StatusDetails"/>) with the service as
/// ErrorInfo's domain, and a fault of the service itself is INTERNAL with a plain message, its
/// exception logged here rather than sent.
/// </summary>
public sealed partial class DomainRuleMapping(ErrorDomain domain, ILogger<DomainRuleMapping> logger) : Interceptor
{
    public static RpcException ToRpc(DomainRuleException e, string? domain = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var details = new StatusDetails(CodeOf(e.Kind), e.Message) { Field = e.Field, Reason = e.RuleId, Domain = domain };
        if (e.InnerException is PolicyResolutionException policy)
        {
            details = details with
            {
                Reason = policy is ConfigurationMissingException ? "CONFIGURATION_MISSING" : "NO_POLICY_IN_FORCE",
                Metadata = new Dictionary<string, string>
                {
                    ["parameter"] = policy.Key,
                    ["region"] = policy.Region.ToString(),
                    ["date"] = policy.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["rule"] = e.RuleId ?? policy.Key,
                },
            };
        }

        return details.ToException();
    }

    private static StatusCode CodeOf(DomainRuleKind kind) => kind switch
    {
        DomainRuleKind.InvalidInput => StatusCode.InvalidArgument,
        DomainRuleKind.NotFound => StatusCode.NotFound,
        DomainRuleKind.AlreadyExists => StatusCode.AlreadyExists,
        DomainRuleKind.StaleVersion => StatusCode.Aborted,
        _ => StatusCode.FailedPrecondition,
    };

    /// <summary>What the caller receives for <paramref name="e"/>, thrown anywhere inside the call.</summary>
    private RpcException Refusal(Exception e, ServerCallContext context) => e switch
    {
        DomainRuleException rule => ToRpc(rule, domain.Name),
        RpcException rpc => StatusDetails.Complete(rpc, domain.Name),
        _ when DatabaseAway.Of(e) is { } away => Unavailable(e, away, context),
        _ => Fault(e, context),
    };

    /// <summary>How long a caller waits before sending again while the database is away: a failover took about 20 s.</summary>
    public static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The database is away (restarting, failing over): UNAVAILABLE with RetryInfo. ErrorInfo says
    /// whether the call certainly wrote nothing (<c>written: none</c>, safe to send again as it is) or
    /// may have (<c>written: unknown</c>: send it again with the same idempotency key, which answers
    /// a write already made with its first answer).
    /// </summary>
    private RpcException Unavailable(Exception e, DatabaseAway.Finding away, ServerCallContext context)
    {
        LogDatabaseAway(logger, e, context.Method, away.WroteNothing);
        return new StatusDetails(StatusCode.Unavailable, "数据库正在切换或暂时不可用，本次请求未完成；请稍后用同一幂等键重试。 (The database is unavailable; retry later with the same idempotency key.)")
        {
            Domain = domain.Name,
            Reason = "DATABASE_UNAVAILABLE",
            RetryAfter = DatabaseRetryAfter,
            Metadata = new Dictionary<string, string> { ["written"] = away.WroteNothing ? "none" : "unknown" },
        }.ToException();
    }

    private RpcException Fault(Exception e, ServerCallContext context)
    {
        LogFault(logger, e, context.Method);
        return new StatusDetails(StatusCode.Internal, "服务内部错误，本次请求未完成；请稍后重试，如仍失败请联系平台运维。 (Internal error; the request was not completed.)")
        {
            Domain = domain.Name,
        }.ToException();
    }

    private static bool IsRefusal(Exception e, ServerCallContext context) =>
        e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRefusal(e, context))
        {
            throw Refusal(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRefusal(e, context))
        {
            throw Refusal(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRefusal(e, context))
        {
            throw Refusal(e, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRefusal(e, context))
        {
            throw Refusal(e, context);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "{Method} failed inside the service")]
    private static partial void LogFault(ILogger logger, Exception exception, string method);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: the database is away (wrote nothing: {WroteNothing})")]
    private static partial void LogDatabaseAway(ILogger logger, Exception exception, string method, bool wroteNothing);
}

/// <summary>The name a service gives as ErrorInfo's domain: its module name, e.g. startup-loans.</summary>
public sealed record ErrorDomain(string Name);
