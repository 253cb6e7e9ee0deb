namespace Grpc.Core;

/// <summary>Per-call options for a client call.</summary>
public readonly struct CallOptions
{
    public CallOptions(
        Metadata? headers = null,
        DateTime? deadline = null,
        CancellationToken cancellationToken = default,
        WriteOptions? writeOptions = null,
        ContextPropagationToken? propagationToken = null,
        CallCredentials? credentials = null)
    {
        Headers = headers;
        Deadline = deadline;
        CancellationToken = cancellationToken;
        WriteOptions = writeOptions;
        PropagationToken = propagationToken;
        Credentials = credentials;
        IsWaitForReady = false;
    }

    private CallOptions(CallOptions other, bool waitForReady) : this(other.Headers, other.Deadline, other.CancellationToken, other.WriteOptions, other.PropagationToken, other.Credentials)
    {
        IsWaitForReady = waitForReady;
    }

    public Metadata? Headers { get; }

    /// <summary>When the call must be done by; converted to <c>grpc-timeout</c> when sent.</summary>
    public DateTime? Deadline { get; }

    public CancellationToken CancellationToken { get; }

    public WriteOptions? WriteOptions { get; }

    public ContextPropagationToken? PropagationToken { get; }

    public CallCredentials? Credentials { get; }

    public bool IsWaitForReady { get; }

    public CallOptions WithHeaders(Metadata headers) => new(headers, Deadline, CancellationToken, WriteOptions, PropagationToken, Credentials);

    public CallOptions WithDeadline(DateTime deadline) => new(Headers, deadline, CancellationToken, WriteOptions, PropagationToken, Credentials);

    public CallOptions WithCancellationToken(CancellationToken cancellationToken) => new(Headers, Deadline, cancellationToken, WriteOptions, PropagationToken, Credentials);

    public CallOptions WithWriteOptions(WriteOptions writeOptions) => new(Headers, Deadline, CancellationToken, writeOptions, PropagationToken, Credentials);

    public CallOptions WithPropagationToken(ContextPropagationToken propagationToken) => new(Headers, Deadline, CancellationToken, WriteOptions, propagationToken, Credentials);

    public CallOptions WithCredentials(CallCredentials credentials) => new(Headers, Deadline, CancellationToken, WriteOptions, PropagationToken, credentials);

    public CallOptions WithWaitForReady(bool waitForReady = true) => new(this, waitForReady);
}

/// <summary>Adds metadata to each call, typically an authorization header.</summary>
public abstract class CallCredentials
{
    /// <summary>Adds this credential's metadata for a call to <paramref name="serviceUrl"/>.</summary>
    public abstract Task ApplyAsync(string serviceUrl, Metadata metadata, CancellationToken cancellationToken);

    public static CallCredentials FromInterceptor(Func<string, Metadata, CancellationToken, Task> interceptor) =>
        new DelegateCallCredentials(interceptor);

    private sealed class DelegateCallCredentials(Func<string, Metadata, CancellationToken, Task> interceptor) : CallCredentials
    {
        public override Task ApplyAsync(string serviceUrl, Metadata metadata, CancellationToken cancellationToken) =>
            interceptor(serviceUrl, metadata, cancellationToken);
    }
}
