using System.Text;
using Employment.ServiceDefaults.Errors;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Employment.TestInfrastructure;

/// <summary>
/// The contract every refusal keeps, checked on every call a test client makes (so every bad-input
/// test of every RPC is also a test of its details): the status carries a google.rpc.Status in
/// grpc-status-details-bin with the same code and message, an ErrorInfo naming a reason and the
/// service's domain, a Chinese LocalizedMessage, a BadRequest naming the field of an
/// INVALID_ARGUMENT and a PreconditionFailure for a FAILED_PRECONDITION; the message itself is plain
/// Chinese, its English gloss and machine tags moved into the details. A refusal that breaks it
/// reaches the test as <see cref="RefusalWithoutDetails"/>, not as the RpcException it expected.
/// </summary>
public sealed class DetailedRefusals : Interceptor
{
    /// <summary>Why <paramref name="e"/> breaks the contract; null when it keeps it or the client made it.</summary>
    public static string? Fault(RpcException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.StatusCode is StatusCode.OK or StatusCode.Cancelled or StatusCode.DeadlineExceeded || e.Status.DebugException is not null)
        {
            return null;
        }

        if (e.GetRpcStatus() is not { } status)
        {
            return "no grpc-status-details-bin";
        }

        if (status.Code != (int)e.StatusCode || status.Message != e.Status.Detail)
        {
            return $"details say {status.Code} '{status.Message}'";
        }

        if (RefusalText.Of(e.Status.Detail) is { En: not null } or { Tags.Count: > 0 })
        {
            return "an English gloss or machine tags left in the message";
        }

        if (status.Detail<ErrorInfo>() is not { Reason.Length: > 0, Domain.Length: > 0 })
        {
            return "no ErrorInfo with a reason and a domain";
        }

        if (!status.Details.Where(d => d.Is(LocalizedMessage.Descriptor)).Any(d => d.Unpack<LocalizedMessage>().Locale == StatusDetails.Chinese))
        {
            return "no Chinese LocalizedMessage";
        }

        return e.StatusCode switch
        {
            StatusCode.InvalidArgument when status.Detail<BadRequest>() is not { FieldViolations.Count: > 0 } => "INVALID_ARGUMENT without a BadRequest field",
            StatusCode.FailedPrecondition when status.Detail<PreconditionFailure>() is not { Violations.Count: > 0 } => "FAILED_PRECONDITION without a PreconditionFailure",
            _ => null,
        };
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        return new AsyncUnaryCall<TResponse>(Checked(call.ResponseAsync), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        try
        {
            return continuation(request, context);
        }
        catch (RpcException e) when (Fault(e) is { } fault)
        {
            throw new RefusalWithoutDetails(e, fault);
        }
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
    {
        var call = continuation(request, context);
        return new AsyncServerStreamingCall<TResponse>(new CheckedReader<TResponse>(call.ResponseStream), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    private static async Task<TResponse> Checked<TResponse>(Task<TResponse> response)
    {
        try
        {
            return await response.ConfigureAwait(false);
        }
        catch (RpcException e) when (Fault(e) is { } fault)
        {
            throw new RefusalWithoutDetails(e, fault);
        }
    }

    private sealed class CheckedReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.MoveNext(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (Fault(e) is { } fault)
            {
                throw new RefusalWithoutDetails(e, fault);
            }
        }
    }
}

/// <summary>A refusal that broke the details contract (<see cref="DetailedRefusals"/>).</summary>
public sealed class RefusalWithoutDetails(RpcException refusal, string fault)
    : Exception($"{refusal.StatusCode} '{refusal.Status.Detail}' breaks the status details contract: {fault}.", refusal);

/// <summary>Reading a refusal the way a program does.</summary>
public static class RefusalReading
{
    /// <summary>
    /// Everything a refusal says: its message, then each detail's field path, reason, subject,
    /// metadata value and localized message, one per line, for tests that look for a field or a rule.
    /// </summary>
    public static string Said(this RpcException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var said = new StringBuilder(e.Status.Detail);
        foreach (var detail in e.GetRpcStatus()?.Details ?? [])
        {
            if (detail.TryUnpack<ErrorInfo>(out var info))
            {
                said.AppendLine().Append("reason: ").Append(info.Reason);
                foreach (var (key, value) in info.Metadata)
                {
                    said.AppendLine().Append(key).Append(": ").Append(value);
                }
            }
            else if (detail.TryUnpack<BadRequest>(out var bad))
            {
                foreach (var violation in bad.FieldViolations)
                {
                    said.AppendLine().Append("field: ").Append(violation.Field);
                }
            }
            else if (detail.TryUnpack<PreconditionFailure>(out var failure))
            {
                foreach (var violation in failure.Violations)
                {
                    said.AppendLine().Append("subject: ").Append(violation.Subject);
                }
            }
            else if (detail.TryUnpack<LocalizedMessage>(out var localized) && localized.Locale != StatusDetails.Chinese)
            {
                said.AppendLine().Append(localized.Message);
            }
        }

        return said.ToString();
    }

    /// <summary>The detail of type <typeparamref name="T"/> a refusal carries; null when none.</summary>
    public static T? Detail<T>(this RpcException e)
        where T : class, Google.Protobuf.IMessage<T>, new()
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.GetRpcStatus() is { } status ? Detail<T>(status) : null;
    }

    /// <summary>The detail of type <typeparamref name="T"/> a status carries; null when none.</summary>
    public static T? Detail<T>(this Google.Rpc.Status status)
        where T : class, Google.Protobuf.IMessage<T>, new()
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Details.FirstOrDefault(d => d.Is(new T().Descriptor))?.Unpack<T>();
    }
}
