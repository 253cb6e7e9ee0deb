using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;

namespace Transport.Tests.Infrastructure;

/// <summary>What came back for a raw request: the HTTP status, headers, body and the gRPC status from wherever it was.</summary>
public sealed record RawResponse(
    HttpStatusCode HttpStatus,
    HttpResponseHeaders Headers,
    HttpContentHeaders ContentHeaders,
    byte[] Body,
    HttpResponseHeaders TrailingHeaders)
{
    /// <summary>True when the status came in the only HEADERS frame (Trailers-Only).</summary>
    public bool IsTrailersOnly => Headers.Contains("grpc-status");

    public StatusCode? GrpcStatus => Header("grpc-status") is { } value ? (StatusCode)int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public string? GrpcMessage => Header("grpc-message");

    /// <summary>A header from the HEADERS frame or, failing that, from the trailers.</summary>
    public string? Header(string name) =>
        Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString()
        : TrailingHeaders.NonValidated.TryGetValues(name, out var trailerValues) ? trailerValues.ToString()
        : ContentHeaders.NonValidated.TryGetValues(name, out var contentValues) ? contentValues.ToString()
        : null;

    /// <summary>The messages of the body, split by their 5-byte prefixes.</summary>
    public IReadOnlyList<(bool Compressed, byte[] Payload)> Messages()
    {
        var messages = new List<(bool, byte[])>();
        var offset = 0;
        while (offset < Body.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(Body.AsSpan(offset + 1, 4));
            messages.Add((Body[offset] == 1, Body.AsSpan(offset + 5, length).ToArray()));
            offset += 5 + length;
        }

        return messages;
    }
}

/// <summary>
/// A plain HttpClient speaking HTTP/2 with prior knowledge: sends exactly the bytes and headers a
/// test builds, so the server can be fed input no well-behaved gRPC client would produce.
/// </summary>
public sealed class RawGrpcClient : IDisposable
{
    public const string UnaryPath = "/transport.test.v1.TransportTest/Unary";
    public const string ClientStreamPath = "/transport.test.v1.TransportTest/ClientStream";

    private readonly HttpClient _client;
    private readonly Uri _address;
    private readonly Version _version;

    public RawGrpcClient(Uri address, Version? version = null)
    {
        _address = address;
        _version = version ?? HttpVersion.Version20;
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>A length-prefixed message: flag byte, 4-byte big-endian length, payload.</summary>
    public static byte[] Frame(byte[] payload, bool compressed = false, int? declaredLength = null)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(declaredLength ?? payload.Length));
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static byte[] Frame(IMessage message) => Frame(message.ToByteArray());

    public static ByteArrayContent GrpcContent(byte[] body, string contentType = "application/grpc")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public Task<RawResponse> SendAsync(string path, byte[] body, params (string Name, string Value)[] headers) =>
        SendAsync(path, GrpcContent(body), headers);

    public async Task<RawResponse> SendAsync(string path, HttpContent content, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_address, path))
        {
            Version = _version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers)
        {
            Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"header {name} was not accepted");
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new RawResponse(response.StatusCode, response.Headers, response.Content.Headers, body, response.TrailingHeaders);
    }

    public void Dispose() => _client.Dispose();
}
