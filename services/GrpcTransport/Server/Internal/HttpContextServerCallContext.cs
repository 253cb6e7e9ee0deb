using System.Net;
using Grpc.Core;
using Grpc.Net.Compression;
using Grpc.Transport.Protocol;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>
/// One server call over one HTTP/2 stream: reads its protocol headers, owns its deadline and
/// cancellation, and writes the response headers, messages and status in protocol order.
/// </summary>
internal sealed partial class HttpContextServerCallContext : ServerCallContext, IAsyncDisposable
{
    private readonly ServerCallSettings _settings;
    private readonly IMethod _method;
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;
    private Status _status = Status.DefaultSuccess;
    private WriteOptions? _writeOptions;
    private AuthContext? _authContext;
    private ICompressionProvider? _requestDecompressor;
    private MessageReader? _reader;

    // Deadline state, only allocated for calls that carry grpc-timeout.
    private DateTime _deadline = DateTime.MaxValue;
    private CancellationTokenSource? _callCts;
    private CancellationTokenRegistration _abortRegistration;
    private Timer? _deadlineTimer;
    private SemaphoreSlim? _writeLock;
    private Task? _deadlineCompletion;
    private volatile bool _deadlineExceeded;

    private bool _headersSent;
    private bool _messageWritten;
    private bool _completed;
    private ICompressionProvider? _responseCompressor;

    public HttpContextServerCallContext(HttpContext httpContext, ServerCallSettings settings, IMethod method)
    {
        HttpContext = httpContext;
        _settings = settings;
        _method = method;
    }

    public HttpContext HttpContext { get; }

    public bool LastRequestCompressed => _reader?.LastMessageCompressed ?? false;

    private HttpResponse Response => HttpContext.Response;

    /// <summary>Reads the protocol headers; throws <see cref="RpcException"/> for ones the call cannot run with.</summary>
    public void Initialize()
    {
        var headers = HttpContext.Request.Headers;
        var encoding = headers[GrpcProtocol.MessageEncodingHeader].ToString();
        if (!_settings.Compression.TryGetDecoder(encoding.Length == 0 ? null : encoding, out _requestDecompressor))
        {
            throw new RpcException(new Status(StatusCode.Unimplemented,
                $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: {_settings.Compression.AcceptEncoding}"));
        }

        var timeoutHeader = headers[GrpcProtocol.TimeoutHeader];
        if (timeoutHeader.Count > 0)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader.ToString(), out var timeout))
            {
                throw new RpcException(new Status(StatusCode.Internal, $"Malformed grpc-timeout header '{timeoutHeader}'."));
            }

            StartDeadline(timeout);
        }

        // Streams may be long and quiet, and each message is bounded by MaxReceiveMessageSize instead.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = null;
        }

        if (_method.Type is MethodType.ClientStreaming or MethodType.DuplexStreaming)
        {
            HttpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>()?.MinDataRate = null;
        }
    }

    private void StartDeadline(TimeSpan timeout)
    {
        // Weeks are "no deadline" in practice, and the timer cannot wait longer than MaxTimerDelay.
        if (timeout > GrpcProtocol.MaxTimerDelay)
        {
            timeout = GrpcProtocol.MaxTimerDelay;
        }

        _deadline = DateTime.UtcNow + timeout;
        _callCts = new CancellationTokenSource();
        _writeLock = new SemaphoreSlim(1, 1);
        _abortRegistration = HttpContext.RequestAborted.UnsafeRegister(static s => ((HttpContextServerCallContext)s!).CancelCall(), this);
        _deadlineTimer = new Timer(static s => ((HttpContextServerCallContext)s!).OnDeadline(), this, timeout, Timeout.InfiniteTimeSpan);
    }

    private void CancelCall()
    {
        try
        {
            _callCts?.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void OnDeadline()
    {
        _deadlineExceeded = true;
        CancelCall();
        _deadlineCompletion = CompleteOnDeadlineAsync();
    }

    /// <summary>Ends the response with DEADLINE_EXCEEDED at once, even if the handler has not noticed yet.</summary>
    private async Task CompleteOnDeadlineAsync()
    {
        await _writeLock!.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_completed)
            {
                return;
            }

            _status = new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
            Log.DeadlineExceeded(_settings.Logger, _method.FullName, HttpContext.TraceIdentifier);
            WriteStatus();
            await Response.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
        {
            // The client went away first; there is nobody left to tell.
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public MessageReader Reader => _reader ??= new MessageReader(
        HttpContext.Request.BodyReader,
        _settings.Options.MaxReceiveMessageSize,
        _requestDecompressor,
        "request");

    /// <summary>Writes one response message; flushes it at once unless it is the single unary response.</summary>
    public async Task WriteMessageAsync<TResponse>(TResponse message, Action<TResponse, SerializationContext> serializer, bool flush)
    {
        if (_writeLock is not null)
        {
            await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            // Checked first: once the deadline has ended the call, a late handler's write is a
            // cancellation (DEADLINE_EXCEEDED), not a handler failure to log.
            CancellationTokenCore.ThrowIfCancellationRequested();
            if (_completed)
            {
                throw new InvalidOperationException("Cannot write a message: the call is already complete.");
            }

            PrepareResponseHeaders();
            var options = _writeOptions;
            var compressor = options is not null && (options.Flags & WriteFlags.NoCompress) != 0 ? null : _responseCompressor;
            MessageWriter.Write(Response.BodyWriter, message, serializer, compressor, _settings.Options.ResponseCompressionLevel,
                _settings.Options.MaxSendMessageSize, "response");
            _messageWritten = true;
            if (flush)
            {
                await Response.BodyWriter.FlushAsync(CancellationTokenCore).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock?.Release();
        }
    }

    /// <summary>Sends the status: in trailers after a response, or Trailers-Only when nothing was sent.</summary>
    public async Task EndCallAsync()
    {
        if (_writeLock is not null)
        {
            await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            if (_completed)
            {
                return;
            }

            if (_deadlineExceeded)
            {
                _status = new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
            }

            WriteStatus();
        }
        finally
        {
            _writeLock?.Release();
        }
    }

    /// <summary>Turns a handler's failure into the call's status and sends it.</summary>
    public Task ProcessHandlerErrorAsync(Exception exception)
    {
        switch (exception)
        {
            case RpcException rpc:
                _status = rpc.Status;
                foreach (var entry in rpc.Trailers)
                {
                    ResponseTrailersCore.Add(entry);
                }

                if (rpc.StatusCode is StatusCode.Internal or StatusCode.Unknown && rpc.Status.DebugException is not null)
                {
                    Log.RpcError(_settings.Logger, rpc.Status.DebugException, _method.FullName, HttpContext.TraceIdentifier);
                }

                break;
            case OperationCanceledException when _deadlineExceeded:
                _status = new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
                break;
            case OperationCanceledException or IOException when HttpContext.RequestAborted.IsCancellationRequested:
                _status = new Status(StatusCode.Cancelled, "The client cancelled the call.");
                break;
            default:
                Log.HandlerException(_settings.Logger, exception, _method.FullName, HttpContext.TraceIdentifier);
                var detail = $"Exception was thrown by handler. Correlation id: {HttpContext.TraceIdentifier}";
                if (_settings.Options.EnableDetailedErrors)
                {
                    detail += $" {exception.GetType().Name}: {exception.Message}";
                }

                _status = new Status(StatusCode.Internal, detail);
                break;
        }

        return HttpContext.RequestAborted.IsCancellationRequested ? Task.CompletedTask : EndCallAsync();
    }

    private void PrepareResponseHeaders()
    {
        if (_headersSent)
        {
            return;
        }

        _headersSent = true;
        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = GrpcProtocol.ContentType;
        var headers = Response.Headers;
        headers[GrpcProtocol.MessageAcceptEncodingHeader] = _settings.Compression.AcceptEncoding;
        _responseCompressor = ChooseResponseCompressor();
        if (_responseCompressor is not null)
        {
            headers[GrpcProtocol.MessageEncodingHeader] = _responseCompressor.EncodingName;
        }
    }

    private ICompressionProvider? ChooseResponseCompressor()
    {
        var requested = Response.Headers[GrpcProtocol.CompressionRequestHeader];
        string? algorithm;
        if (requested.Count > 0)
        {
            algorithm = requested.ToString();
            Response.Headers.Remove(GrpcProtocol.CompressionRequestHeader);
        }
        else
        {
            algorithm = _settings.Options.ResponseCompressionAlgorithm;
        }

        if (algorithm is null || algorithm == GrpcProtocol.IdentityEncoding)
        {
            return null;
        }

        var accepted = HttpContext.Request.Headers[GrpcProtocol.MessageAcceptEncodingHeader].ToString();
        return MessageCompression.PeerAccepts(accepted, algorithm) ? _settings.Compression.Find(algorithm) : null;
    }

    private void WriteStatus()
    {
        _completed = true;
        var trailersOnly = !_headersSent && !_messageWritten && !Response.HasStarted;
        PrepareResponseHeaders();
        if (trailersOnly)
        {
            // Trailers-Only: one HEADERS frame with END_STREAM carries the status.
            var headers = Response.Headers;
            headers[GrpcProtocol.StatusTrailer] = ((int)_status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(_status.Detail))
            {
                headers[GrpcProtocol.MessageTrailer] = PercentEncoding.Encode(_status.Detail);
            }

            if (_responseTrailers is not null)
            {
                MetadataHeaders.AppendTo(headers, _responseTrailers);
            }

            return;
        }

        Response.AppendTrailer(GrpcProtocol.StatusTrailer, ((int)_status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(_status.Detail))
        {
            Response.AppendTrailer(GrpcProtocol.MessageTrailer, PercentEncoding.Encode(_status.Detail));
        }

        if (_responseTrailers is not null)
        {
            foreach (var entry in _responseTrailers)
            {
                if (MetadataHeaders.ShouldSend(entry))
                {
                    Response.AppendTrailer(entry.Key, MetadataHeaders.EncodeValue(entry));
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_deadlineTimer is not null)
        {
            await _deadlineTimer.DisposeAsync().ConfigureAwait(false);
            if (_deadlineCompletion is not null)
            {
                await _deadlineCompletion.ConfigureAwait(false);
            }

            _abortRegistration.Dispose();
            _callCts!.Dispose();
        }
    }

    protected override string MethodCore => _method.FullName;

    protected override string HostCore => HttpContext.Request.Host.Value ?? "";

    protected override string PeerCore => FormatPeer(HttpContext.Connection.RemoteIpAddress, HttpContext.Connection.RemotePort);

    protected override DateTime DeadlineCore => _deadline;

    protected override Metadata RequestHeadersCore => _requestHeaders ??= MetadataHeaders.FromRequestHeaders(HttpContext.Request.Headers);

    protected override CancellationToken CancellationTokenCore => _callCts?.Token ?? HttpContext.RequestAborted;

    protected override Metadata ResponseTrailersCore => _responseTrailers ??= new Metadata();

    protected override Status StatusCore
    {
        get => _status;
        set => _status = value;
    }

    protected override WriteOptions? WriteOptionsCore
    {
        get => _writeOptions;
        set => _writeOptions = value;
    }

    protected override AuthContext AuthContextCore => _authContext ??= CreateAuthContext();

    protected override async Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        if (_writeLock is not null)
        {
            await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            if (_headersSent || Response.HasStarted)
            {
                throw new InvalidOperationException("Response headers can only be sent once per call.");
            }

            if (_completed)
            {
                throw new InvalidOperationException("Cannot send headers: the call is already complete.");
            }

            foreach (var entry in responseHeaders)
            {
                if (entry.Key == GrpcProtocol.CompressionRequestHeader)
                {
                    Response.Headers[entry.Key] = entry.Value;
                }
                else if (MetadataHeaders.ShouldSend(entry))
                {
                    Response.Headers.Append(entry.Key, MetadataHeaders.EncodeValue(entry));
                }
            }

            PrepareResponseHeaders();
            await Response.BodyWriter.FlushAsync(CancellationTokenCore).ConfigureAwait(false);
        }
        finally
        {
            _writeLock?.Release();
        }
    }

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        new ServerCallPropagationToken(this, options ?? ContextPropagationOptions.Default);

    private AuthContext CreateAuthContext()
    {
        var properties = new Dictionary<string, List<AuthProperty>>();
        if (HttpContext.Features.Get<ITlsHandshakeFeature>() is not null || HttpContext.Request.IsHttps)
        {
            properties["transport_security_type"] = [AuthProperty.Create("transport_security_type", "ssl"u8.ToArray())];
        }

        return new AuthContext(null, properties);
    }

    private static string FormatPeer(IPAddress? address, int port) => address switch
    {
        null => "unknown",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"ipv6:[{address}]:{port}",
        _ => $"ipv4:{address}:{port}",
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Error status in {Method}; correlation id {CorrelationId}.")]
        public static partial void RpcError(ILogger logger, Exception exception, string method, string correlationId);

        [LoggerMessage(2, LogLevel.Error, "Unhandled exception in {Method}; correlation id {CorrelationId}.")]
        public static partial void HandlerException(ILogger logger, Exception exception, string method, string correlationId);

        [LoggerMessage(3, LogLevel.Debug, "Deadline exceeded in {Method}; correlation id {CorrelationId}.")]
        public static partial void DeadlineExceeded(ILogger logger, string method, string correlationId);
    }
}

/// <summary>Carries a server call's deadline and cancellation into outgoing client calls.</summary>
internal sealed class ServerCallPropagationToken(ServerCallContext parent, ContextPropagationOptions options) : ContextPropagationToken
{
    public DateTime? Deadline => options.IsPropagateDeadline && parent.Deadline != DateTime.MaxValue ? parent.Deadline : null;

    public CancellationToken CancellationToken => options.IsPropagateCancellation ? parent.CancellationToken : CancellationToken.None;
}
