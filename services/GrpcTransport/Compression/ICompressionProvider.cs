using System.IO.Compression;

namespace Grpc.Net.Compression;

/// <summary>A message compression algorithm, named as in <c>grpc-encoding</c>.</summary>
public interface ICompressionProvider
{
    string EncodingName { get; }

    Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel);

    Stream CreateDecompressionStream(Stream stream);
}

/// <summary>gzip, the algorithm every gRPC implementation offers.</summary>
public sealed class GzipCompressionProvider : ICompressionProvider
{
    public GzipCompressionProvider(CompressionLevel defaultCompressionLevel = CompressionLevel.Fastest)
    {
        DefaultCompressionLevel = defaultCompressionLevel;
    }

    public string EncodingName => "gzip";

    public CompressionLevel DefaultCompressionLevel { get; }

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) =>
        new GZipStream(stream, compressionLevel ?? DefaultCompressionLevel, leaveOpen: true);

    public Stream CreateDecompressionStream(Stream stream) => new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
}
