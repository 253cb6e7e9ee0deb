using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Grpc.AspNetCore.Server.Internal;
using Grpc.Core;
using Grpc.Net.Compression;
using Grpc.Transport.Protocol;

namespace Grpc.Net.Client.Internal;

/// <summary>
/// One client call over one HTTP/2 stream. It owns the request (headers, messages, half-close),
/// the response (headers, messages, trailers), the deadline and cancellation, and settles the
/// call's status exactly once.
/// </summary>
internal sealed class GrpcCall<TRequest, TResponse> : IDisposable
    where TRequest : class
    where TResponse : class
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);
    private static readonly string UserAgent = "grpc-dotnet-employment/" + typeof(GrpcCall<,>).Assembly.GetName().Version?.ToString(3);

    private readonly GrpcChannel _channel;
    private readonly Method<TRequest, TResponse> _method;
    private readonly CallOptions _options;
    private readonly CancellationTokenSource _callCts = new();
    private readonly TaskCompletionSource<Metadata> _responseHeaders = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _statusLock = new();
    private CancellationTokenRegistration _userCancellation;
    private CancellationTokenRegistration _parentCancellation;
    private Timer? _deadlineTimer;
    private DateTime? _deadline;
    private volatile bool _deadlineExceeded;
    private volatile bool _disposed;
    private ICompressionProvider? _requestCompressor;
    private Task<HttpResponseMessage>? _sendTask;
    private Task<HttpResponseMessage?>? _responseTask;
    private MessageReader? _reader;
    private PushStreamContent? _pushContent;
    private Status? _status;
    private Metadata? _trailers;

    public GrpcCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options)
    {
        ObjectDisposedException.ThrowIf(channel.IsDisposed, channel);
        _channel = channel;
        _method = method;
        _options = options;
    }

    public CallState State => new(_responseHeaders.Task, GetStatus, GetTrailers, Dispose);

    public Task<TResponse> StartUnary(TRequest request)
    {
        if (!TryStart(CreateMessageContent(request)))
        {
            return Task.FromException<TResponse>(new RpcException(_status!.Value, _trailers!));
        }

        return ReadSingleResponseAsync();
    }

    public void StartServerStreaming(TRequest request) => TryStart(CreateMessageContent(request));

    public IClientStreamWriter<TRequest> StartClientStreaming(out Task<TResponse> response)
    {
        var writer = StartStreamingRequest();
        response = _status is { } status ? Task.FromException<TResponse>(new RpcException(status, _trailers!)) : ReadSingleResponseAsync();
        return writer;
    }

    public IClientStreamWriter<TRequest> StartDuplexStreaming() => StartStreamingRequest();

    public IAsyncStreamReader<TResponse> CreateResponseStream() => new ResponseStreamReader(this);

    private IClientStreamWriter<TRequest> StartStreamingRequest()
    {
        // Resolved before the headers are sent: grpc-encoding must name the algorithm the messages will use.
        _requestCompressor = ResolveRequestCompressor();
        _pushContent = new PushStreamContent();
        _pushContent.Headers.ContentType = GrpcContentType;
        TryStart(_pushContent);
        return new RequestStreamWriter(this);
    }

    /// <summary>Sends the request headers; false when the call failed before anything was sent.</summary>
    private bool TryStart(HttpContent content)
    {
        try
        {
            var deadline = _options.Deadline;
            var cancellation = _options.CancellationToken;
            if (_options.PropagationToken is ServerCallPropagationToken parent)
            {
                if (parent.Deadline is { } parentDeadline && (deadline is null || parentDeadline < deadline))
                {
                    deadline = parentDeadline;
                }

                if (parent.CancellationToken.CanBeCanceled)
                {
                    _parentCancellation = parent.CancellationToken.UnsafeRegister(static s => ((GrpcCall<TRequest, TResponse>)s!).CancelByUser(), this);
                }
            }

            if (cancellation.IsCancellationRequested)
            {
                SetStatus(new Status(StatusCode.Cancelled, "Call canceled by the client."), Metadata.Empty);
                return false;
            }

            if (deadline is { } d && d != DateTime.MaxValue)
            {
                var timeout = d.ToUniversalTime() - DateTime.UtcNow;
                if (timeout <= TimeSpan.Zero)
                {
                    _deadlineExceeded = true;
                    SetStatus(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), Metadata.Empty);
                    return false;
                }

                _deadline = d.ToUniversalTime();
                // The timer cannot wait longer than MaxTimerDelay; a deadline further away is "no deadline" in practice.
                _deadlineTimer = new Timer(static s => ((GrpcCall<TRequest, TResponse>)s!).OnDeadline(), this,
                    timeout > GrpcProtocol.MaxTimerDelay ? GrpcProtocol.MaxTimerDelay : timeout, Timeout.InfiniteTimeSpan);
            }

            if (cancellation.CanBeCanceled)
            {
                _userCancellation = cancellation.UnsafeRegister(static s => ((GrpcCall<TRequest, TResponse>)s!).CancelByUser(), this);
            }

            _sendTask = SendAsync(content);
            // Runs now rather than on first read, so ResponseHeadersAsync completes without a read.
            _responseTask = ReceiveResponseHeadersAsync();
            return true;
        }
        catch (RpcException ex)
        {
            SetStatus(ex.Status, ex.Trailers);
            return false;
        }
    }

    /// <summary>
    /// Sends the request, and sends it again when the server never saw it (<see cref="ResendableFailure"/>:
    /// REFUSED_STREAM, or a request HttpClient could not write to a closing or full connection).
    /// Only a buffered body can be sent again; a streaming one may already be partly written.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpContent content)
    {
        const int maxAttempts = 5;
        Metadata? credentials = null;
        if (_options.Credentials is not null)
        {
            credentials = new Metadata();
            await _options.Credentials.ApplyAsync(_channel.MethodUri(_method).GetLeftPart(UriPartial.Authority) + "/" + _method.ServiceName, credentials, _callCts.Token).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            var request = CreateRequest(content);
            foreach (var entry in credentials ?? [])
            {
                request.Headers.TryAddWithoutValidation(entry.Key, MetadataHeaders.EncodeValue(entry));
            }

            try
            {
                return await _channel.HttpInvoker.SendAsync(request, _callCts.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (content is not PushStreamContent && attempt < maxAttempts && ResendableFailure.Is(ex))
            {
                // Not processed by the server: the loop sends a fresh request with the same body.
            }
        }
    }

    private HttpRequestMessage CreateRequest(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _channel.MethodUri(_method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation(GrpcProtocol.TeHeader, GrpcProtocol.TeTrailers);
        headers.TryAddWithoutValidation(GrpcProtocol.UserAgentHeader, UserAgent);
        headers.TryAddWithoutValidation(GrpcProtocol.MessageAcceptEncodingHeader, _channel.Compression.AcceptEncoding);
        if (_deadline is { } deadline)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(deadline - DateTime.UtcNow));
        }

        if (_requestCompressor is not null)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.MessageEncodingHeader, _requestCompressor.EncodingName);
        }

        if (_options.Headers is { } metadata)
        {
            foreach (var entry in metadata)
            {
                if (MetadataHeaders.ShouldSend(entry))
                {
                    headers.TryAddWithoutValidation(entry.Key, MetadataHeaders.EncodeValue(entry));
                }
            }
        }

        return request;
    }

    private ICompressionProvider? ResolveRequestCompressor()
    {
        var requested = _options.Headers?.Get(GrpcProtocol.CompressionRequestHeader)?.Value;
        if (requested is null || requested == GrpcProtocol.IdentityEncoding)
        {
            return null;
        }

        return _channel.Compression.Find(requested)
            ?? throw new InvalidOperationException($"No compression provider for '{requested}' is configured on the channel.");
    }

    private HttpContent CreateMessageContent(TRequest message)
    {
        _requestCompressor = ResolveRequestCompressor();
        var buffer = SerializeMessage(message);
        var content = new ByteArrayContent(buffer.WrittenMemory.ToArray());
        content.Headers.ContentType = GrpcContentType;
        return content;
    }

    private ArrayBufferWriter<byte> SerializeMessage(TRequest message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var compressor = _options.WriteOptions is { } writeOptions && (writeOptions.Flags & WriteFlags.NoCompress) != 0 ? null : _requestCompressor;
        MessageWriter.Write(buffer, message, _method.RequestMarshaller.ContextualSerializer, compressor, null,
            _channel.Options.MaxSendMessageSize, "request");
        return buffer;
    }

    private void OnDeadline()
    {
        _deadlineExceeded = true;
        SetStatus(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), Metadata.Empty);
        CancelHttp();
    }

    private void CancelByUser()
    {
        SetStatus(new Status(StatusCode.Cancelled, "Call canceled by the client."), Metadata.Empty);
        CancelHttp();
    }

    private void CancelHttp()
    {
        try
        {
            _callCts.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Waits for the response headers; settles the status for a Trailers-Only or non-gRPC answer.</summary>
    private async Task<HttpResponseMessage?> ReceiveResponseHeadersAsync()
    {
        try
        {
            return await ReceiveResponseHeadersCoreAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw ResolveException(ex);
        }
    }

    private async Task<HttpResponseMessage?> ReceiveResponseHeadersCoreAsync()
    {
        var response = await _sendTask!.ConfigureAwait(false);
        var headerStatus = ValidateHeaders(response);
        _responseHeaders.TrySetResult(MetadataHeaders.FromResponseHeaders(response.Headers, null));
        if (headerStatus is { } status)
        {
            SetStatus(status, MetadataHeaders.FromResponseHeaders(response.Headers, null));
            return null;
        }

        var encoding = response.Headers.TryGetValues(GrpcProtocol.MessageEncodingHeader, out var values) ? values.FirstOrDefault() : null;
        if (!_channel.Compression.TryGetDecoder(encoding, out var decompressor))
        {
            SetStatus(new Status(StatusCode.Internal, $"The server used grpc-encoding '{encoding}', which this client does not support."), Metadata.Empty);
            return null;
        }

        var stream = await response.Content.ReadAsStreamAsync(_callCts.Token).ConfigureAwait(false);
        _reader = new MessageReader(PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true)),
            _channel.Options.MaxReceiveMessageSize, decompressor, "response");
        return response;
    }

    /// <summary>Checks the HTTP status and content type; returns the status when the headers already end the call.</summary>
    private static Status? ValidateHeaders(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // A status in the headers wins over the HTTP status (e.g. 415 with grpc-status).
            return StatusFromHeaders(response.Headers) ?? new Status(MapHttpStatus(response.StatusCode),
                $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}");
        }

        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!GrpcProtocol.IsGrpcContentType(contentType))
        {
            return new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType ?? "(none)"}");
        }

        return StatusFromHeaders(response.Headers);
    }

    /// <summary>Maps an HTTP status to a gRPC code (doc/http-grpc-status-mapping.md).</summary>
    private static StatusCode MapHttpStatus(HttpStatusCode code) => code switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private static Status? StatusFromHeaders(HttpHeaders headers)
    {
        if (!headers.NonValidated.TryGetValues(GrpcProtocol.StatusTrailer, out var statusValues))
        {
            return null;
        }

        var message = headers.NonValidated.TryGetValues(GrpcProtocol.MessageTrailer, out var messageValues)
            ? PercentEncoding.Decode(messageValues.ToString())
            : "";
        return int.TryParse(statusValues.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? new Status((StatusCode)code, message)
            : new Status(StatusCode.Unknown, $"Unexpected grpc-status value '{statusValues}'. {message}".Trim());
    }

    /// <summary>Reads the next response message; false at the end, once the status has been settled from trailers.</summary>
    private async Task<(bool HasMessage, TResponse Message)> ReadMessageAsync(CancellationToken cancellationToken)
    {
        if (_status is { } settled)
        {
            return settled.StatusCode == StatusCode.OK ? (false, default!) : throw new RpcException(settled, _trailers!);
        }

        var response = _responseTask is null ? null : await _responseTask.ConfigureAwait(false);
        if (response is null)
        {
            var status = _status!.Value;
            return status.StatusCode == StatusCode.OK ? (false, default!) : throw new RpcException(status, _trailers!);
        }

        var (hasMessage, message) = await _reader!.ReadAsync(_method.ResponseMarshaller.ContextualDeserializer, cancellationToken).ConfigureAwait(false);
        if (hasMessage)
        {
            return (true, message);
        }

        var trailers = response.TrailingHeaders;
        var trailerStatus = StatusFromHeaders(trailers)
            ?? new Status(StatusCode.Internal, "The response ended without a grpc-status.");
        SetStatus(trailerStatus, MetadataHeaders.FromResponseHeaders(trailers, null));
        return _status!.Value.StatusCode == StatusCode.OK ? (false, default!) : throw new RpcException(_status.Value, _trailers!);
    }

    private async Task<TResponse> ReadSingleResponseAsync()
    {
        try
        {
            var (hasMessage, message) = await ReadMessageAsync(_callCts.Token).ConfigureAwait(false);
            if (!hasMessage)
            {
                throw new RpcException(SetStatus(new Status(StatusCode.Internal, "The response ended without a message."), _trailers ?? Metadata.Empty), _trailers ?? Metadata.Empty);
            }

            var (more, _) = await ReadMessageAsync(_callCts.Token).ConfigureAwait(false);
            if (more)
            {
                throw new RpcException(SetStatus(new Status(StatusCode.Internal, "The response carried more than one message for a single-message call."), Metadata.Empty));
            }

            return message;
        }
        catch (Exception ex)
        {
            throw ResolveException(ex);
        }
        finally
        {
            Cleanup();
        }
    }

    /// <summary>Turns any failure into the RpcException that describes the call's status.</summary>
    private RpcException ResolveException(Exception exception)
    {
        Status status;
        if (_status is { StatusCode: not StatusCode.OK } settled)
        {
            status = settled;
        }
        else if (exception is RpcException rpc)
        {
            status = rpc.Status;
        }
        else if (_callCts.IsCancellationRequested || exception is OperationCanceledException)
        {
            status = _deadlineExceeded
                ? new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded")
                : new Status(StatusCode.Cancelled, "Call canceled by the client.", exception);
        }
        else if (exception is HttpRequestException { InnerException: HttpProtocolException protocol })
        {
            status = FromProtocolError(protocol);
        }
        else if (exception is HttpProtocolException protocolException)
        {
            status = FromProtocolError(protocolException);
        }
        else if (exception is HttpRequestException)
        {
            status = new Status(StatusCode.Unavailable, $"Error starting gRPC call. {exception.GetType().Name}: {exception.Message}", exception);
        }
        else if (exception is IOException)
        {
            status = new Status(StatusCode.Unavailable, $"Error reading the response. {exception.GetType().Name}: {exception.Message}", exception);
        }
        else
        {
            status = new Status(StatusCode.Internal, $"Error in the gRPC call. {exception.GetType().Name}: {exception.Message}", exception);
        }

        status = SetStatus(status, Metadata.Empty);
        if (status.StatusCode != StatusCode.OK)
        {
            CancelHttp();
        }

        return exception is RpcException same && same.Status == status ? same : new RpcException(status, _trailers ?? Metadata.Empty);
    }

    /// <summary>An RST_STREAM error code from the server, mapped as in PROTOCOL-HTTP2.</summary>
    private static Status FromProtocolError(HttpProtocolException exception) => exception.ErrorCode switch
    {
        0x0 or 0x1 or 0x2 or 0x3 or 0x4 or 0x5 or 0x6 or 0x9 or 0xC => new Status(StatusCode.Internal, $"HTTP/2 error {exception.ErrorCode}: {exception.Message}", exception),
        0x7 => new Status(StatusCode.Unavailable, "The server refused the stream.", exception),
        0x8 => new Status(StatusCode.Cancelled, "The server cancelled the call.", exception),
        0xB => new Status(StatusCode.ResourceExhausted, "The server reported excessive load (ENHANCE_YOUR_CALM).", exception),
        0xD => new Status(StatusCode.PermissionDenied, "The server requires a stronger transport (INADEQUATE_SECURITY).", exception),
        _ => new Status(StatusCode.Internal, $"HTTP/2 error {exception.ErrorCode}: {exception.Message}", exception),
    };

    /// <summary>Settles the status the first time; later calls return what was settled.</summary>
    private Status SetStatus(Status status, Metadata trailers)
    {
        lock (_statusLock)
        {
            if (_status is { } existing)
            {
                return existing;
            }

            _status = status;
            _trailers = trailers;
        }

        if (status.StatusCode != StatusCode.OK)
        {
            _responseHeaders.TrySetException(new RpcException(status, trailers));
            _pushContent?.Fail(new RpcException(status, trailers));
        }
        else
        {
            _responseHeaders.TrySetResult(Metadata.Empty);
            _pushContent?.Complete();
        }

        return status;
    }

    private Status GetStatus() =>
        _status ?? throw new InvalidOperationException("Unable to get the status because the call is not complete.");

    private Metadata GetTrailers() =>
        _trailers ?? throw new InvalidOperationException("Can't get the call trailers because the call has not completed successfully.");

    private void Cleanup()
    {
        _deadlineTimer?.Dispose();
        _userCancellation.Dispose();
        _parentCancellation.Dispose();
        if (_responseTask is { IsCompletedSuccessfully: true, Result: { } response })
        {
            response.Dispose();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_status is null)
        {
            SetStatus(new Status(StatusCode.Cancelled, "Call canceled by the client."), Metadata.Empty);
        }

        CancelHttp();
        Cleanup();
        // Observed here: nobody may be waiting for these.
        _ = _responseHeaders.Task.Exception;
        _ = _responseTask?.Exception;
    }

    /// <summary>The response messages of a streaming call.</summary>
    private sealed class ResponseStreamReader(GrpcCall<TRequest, TResponse> call) : IAsyncStreamReader<TResponse>
    {
        private TResponse? _current;

        public TResponse Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first.");

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            using var registration = cancellationToken.CanBeCanceled
                ? cancellationToken.UnsafeRegister(static s => ((GrpcCall<TRequest, TResponse>)s!).CancelByUser(), call)
                : default;
            try
            {
                var (hasMessage, message) = await call.ReadMessageAsync(call._callCts.Token).ConfigureAwait(false);
                _current = hasMessage ? message : default;
                if (!hasMessage)
                {
                    call.Cleanup();
                }

                return hasMessage;
            }
            catch (Exception ex)
            {
                call.Cleanup();
                throw call.ResolveException(ex);
            }
        }
    }

    /// <summary>The request messages of a client-streaming or bidirectional call.</summary>
    private sealed class RequestStreamWriter(GrpcCall<TRequest, TResponse> call) : IClientStreamWriter<TRequest>
    {
        private readonly object _lock = new();
        private Task? _pendingWrite;
        private bool _completed;

        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(TRequest message) => WriteAsync(message, CancellationToken.None);

        public Task WriteAsync(TRequest message, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(message);
            lock (_lock)
            {
                if (call._status is { } status)
                {
                    return Task.FromException(status.StatusCode == StatusCode.OK
                        ? new InvalidOperationException("Can't write the message because the call is complete.")
                        : new RpcException(status, call._trailers!));
                }

                if (_completed)
                {
                    return Task.FromException(new InvalidOperationException("Can't write the message because the request stream is complete."));
                }

                if (_pendingWrite is { IsCompleted: false })
                {
                    return Task.FromException(new InvalidOperationException("Can't write the message because the previous write is in progress."));
                }

                _pendingWrite = WriteCoreAsync(message, cancellationToken);
                return _pendingWrite;
            }
        }

        private async Task WriteCoreAsync(TRequest message, CancellationToken cancellationToken)
        {
            try
            {
                var options = WriteOptions ?? call._options.WriteOptions;
                var compressor = options is not null && (options.Flags & WriteFlags.NoCompress) != 0 ? null : call._requestCompressor;
                var buffer = new ArrayBufferWriter<byte>();
                MessageWriter.Write(buffer, message, call._method.RequestMarshaller.ContextualSerializer, compressor, null,
                    call._channel.Options.MaxSendMessageSize, "request");
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call._callCts.Token);
                var stream = await call._pushContent!.GetStreamAsync().WaitAsync(linked.Token).ConfigureAwait(false);
                await stream.WriteAsync(buffer.WrittenMemory, linked.Token).ConfigureAwait(false);
                await stream.FlushAsync(linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw call.ResolveException(ex);
            }
        }

        public async Task CompleteAsync()
        {
            Task? pending;
            lock (_lock)
            {
                if (_completed)
                {
                    return;
                }

                _completed = true;
                pending = _pendingWrite;
            }

            if (pending is not null)
            {
                await pending.ConfigureAwait(false);
            }

            call._pushContent!.Complete();
        }
    }
}
