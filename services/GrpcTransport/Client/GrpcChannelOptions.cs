using Grpc.Net.Compression;
using Grpc.Transport.Protocol;
using Microsoft.Extensions.Logging;

namespace Grpc.Net.Client;

/// <summary>Options of a <see cref="GrpcChannel"/>.</summary>
public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted; larger ones end the call with RESOURCE_EXHAUSTED. 4 MiB by default.</summary>
    public int? MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest request message sent; null (the default) for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>An HTTP handler to send calls with, instead of the channel's own SocketsHttpHandler.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>An HttpClient to send calls with; its handler is used and its other settings are ignored.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Whether disposing the channel disposes <see cref="HttpHandler"/> or <see cref="HttpClient"/>.</summary>
    public bool DisposeHttpClient { get; set; }

    public IList<ICompressionProvider> CompressionProviders { get; set; } = MessageCompression.DefaultProviders();

    public ILoggerFactory? LoggerFactory { get; set; }
}
