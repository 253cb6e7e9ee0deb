using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace Employment.TestInfrastructure;

/// <summary>
/// A gRPC request written byte by byte over HTTP/2, as a broken or hostile client could send it:
/// what a service answers to framing, sizes, compression and headers that no well-behaved client
/// library would produce.
/// </summary>
public static class RawGrpc
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true });

    /// <summary>One length-prefixed message: flag, 4-byte big-endian length, the bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message, byte compressedFlag = 0, int? declaredLength = null)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = compressedFlag;
        var length = declaredLength ?? message.Length;
        frame[1] = (byte)(length >> 24);
        frame[2] = (byte)(length >> 16);
        frame[3] = (byte)(length >> 8);
        frame[4] = (byte)length;
        message.CopyTo(frame.AsSpan(5));
        return frame;
    }

    public static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static async Task<RawAnswer> SendAsync(string address, string methodPath, byte[] body, Metadata? metadata = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(address), methodPath))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var entry in metadata ?? [])
        {
            request.Headers.TryAddWithoutValidation(entry.Key, entry.Value);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var payload = await response.Content.ReadAsByteArrayAsync();
        string? Header(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var trailer) ? trailer.First()
            : response.Headers.TryGetValues(name, out var value) ? value.First()
            : null;
        var status = Header("grpc-status");
        return new RawAnswer(
            response.StatusCode,
            status is null ? null : (StatusCode)int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
            Uri.UnescapeDataString(Header("grpc-message") ?? ""),
            payload);
    }
}

/// <summary>What came back: the HTTP status, the gRPC status and message (trailers or Trailers-Only), the body.</summary>
public sealed record RawAnswer(HttpStatusCode HttpStatus, StatusCode? GrpcStatus, string GrpcMessage, byte[] Body);
