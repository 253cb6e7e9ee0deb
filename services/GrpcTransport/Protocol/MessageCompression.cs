using System.IO.Compression;
using Grpc.Net.Compression;

namespace Grpc.Transport.Protocol;

/// <summary>The compression providers a side offers, and the negotiation between both sides' lists.</summary>
internal sealed class MessageCompression
{
    private readonly Dictionary<string, ICompressionProvider> _providers;

    public MessageCompression(IEnumerable<ICompressionProvider> providers)
    {
        _providers = new Dictionary<string, ICompressionProvider>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            _providers.TryAdd(provider.EncodingName, provider);
        }

        AcceptEncoding = string.Join(",", new[] { GrpcProtocol.IdentityEncoding }.Concat(_providers.Keys));
    }

    public static IList<ICompressionProvider> DefaultProviders() => [new GzipCompressionProvider()];

    /// <summary>The value of <c>grpc-accept-encoding</c>: identity plus every provider.</summary>
    public string AcceptEncoding { get; }

    /// <summary>Finds the provider for a <c>grpc-encoding</c> value; identity and no value give none.</summary>
    public bool TryGetDecoder(string? encoding, out ICompressionProvider? provider)
    {
        provider = null;
        if (string.IsNullOrEmpty(encoding) || encoding == GrpcProtocol.IdentityEncoding)
        {
            return true;
        }

        return _providers.TryGetValue(encoding, out provider);
    }

    public ICompressionProvider? Find(string? encoding) =>
        encoding is not null && _providers.TryGetValue(encoding, out var provider) ? provider : null;

    /// <summary>True when a peer's <c>grpc-accept-encoding</c> list names <paramref name="encoding"/>.</summary>
    public static bool PeerAccepts(string? acceptEncoding, string encoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return false;
        }

        foreach (var range in acceptEncoding.AsSpan().Split(','))
        {
            if (acceptEncoding.AsSpan(range).Trim().Equals(encoding, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static byte[] Compress(ICompressionProvider provider, ReadOnlySpan<byte> payload, CompressionLevel? level)
    {
        using var output = new MemoryStream();
        using (var compressor = provider.CreateCompressionStream(output, level))
        {
            compressor.Write(payload);
        }

        return output.ToArray();
    }
}
