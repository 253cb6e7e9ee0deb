using Grpc.Transport.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>What every call of the server shares: options, compression and the logger, resolved once.</summary>
internal sealed class ServerCallSettings
{
    public ServerCallSettings(IOptions<GrpcServiceOptions> options, ILoggerFactory loggerFactory)
    {
        Options = options.Value;
        Compression = new MessageCompression(Options.CompressionProviders);
        Logger = loggerFactory.CreateLogger("Grpc.AspNetCore.Server");
        if (Options.ResponseCompressionAlgorithm is { } algorithm && Compression.Find(algorithm) is null)
        {
            throw new InvalidOperationException($"ResponseCompressionAlgorithm '{algorithm}' has no compression provider.");
        }
    }

    public GrpcServiceOptions Options { get; }

    public MessageCompression Compression { get; }

    public ILogger Logger { get; }
}
