using System.Net;
using Grpc.Core;
using Grpc.Net.Client.Internal;
using Grpc.Transport.Protocol;

namespace Grpc.Net.Client;

/// <summary>
/// A channel to one server address over HTTP/2: cleartext with prior knowledge for <c>http://</c>,
/// TLS with ALPN for <c>https://</c>. Calls share connections; a new connection opens when a
/// connection's concurrent-stream limit is reached. Create once and reuse.
/// </summary>
public sealed class GrpcChannel : ChannelBase, IDisposable
{
    private readonly bool _disposeInvoker;
    private bool _disposed;

    private GrpcChannel(Uri address, GrpcChannelOptions options) : base(address.Authority)
    {
        Address = address;
        Options = options;
        Compression = new MessageCompression(options.CompressionProviders);
        (HttpInvoker, _disposeInvoker) = CreateInvoker(options);
    }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? channelOptions = null) =>
        ForAddress(new Uri(address), channelOptions);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? channelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Address '{address}' must use http or https.", nameof(address));
        }

        return new GrpcChannel(address, channelOptions ?? new GrpcChannelOptions());
    }

    public Uri Address { get; }

    internal GrpcChannelOptions Options { get; }

    internal MessageCompression Compression { get; }

    internal HttpMessageInvoker HttpInvoker { get; }

    internal bool IsDisposed => _disposed;

    public override CallInvoker CreateCallInvoker()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new HttpClientCallInvoker(this);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_disposeInvoker)
        {
            HttpInvoker.Dispose();
        }
    }

    protected override Task ShutdownAsyncCore()
    {
        Dispose();
        return Task.CompletedTask;
    }

    internal Uri MethodUri(IMethod method) => new(Address, method.FullName);

    private static (HttpMessageInvoker Invoker, bool Dispose) CreateInvoker(GrpcChannelOptions options)
    {
        if (options.HttpClient is not null)
        {
            return (options.HttpClient, options.DisposeHttpClient);
        }

        if (options.HttpHandler is not null)
        {
            return (new HttpMessageInvoker(options.HttpHandler, options.DisposeHttpClient), true);
        }

        var handler = new SocketsHttpHandler
        {
            // Open another connection when a connection's streams run out, instead of queueing calls.
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
        };
        return (new HttpMessageInvoker(handler, disposeHandler: true), true);
    }
}
