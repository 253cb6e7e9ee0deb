namespace Grpc.Transport.Protocol;

/// <summary>Names and fixed values of the gRPC-over-HTTP/2 protocol (PROTOCOL-HTTP2.md).</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string StatusTrailer = "grpc-status";
    public const string MessageTrailer = "grpc-message";
    public const string TimeoutHeader = "grpc-timeout";
    public const string MessageEncodingHeader = "grpc-encoding";
    public const string MessageAcceptEncodingHeader = "grpc-accept-encoding";
    public const string TeHeader = "te";
    public const string TeTrailers = "trailers";
    public const string UserAgentHeader = "user-agent";
    public const string IdentityEncoding = "identity";

    /// <summary>
    /// A header a caller or a handler may set in its metadata to ask for message compression with a
    /// named algorithm. It is consumed here and never sent (the convention grpc-dotnet uses).
    /// </summary>
    public const string CompressionRequestHeader = "grpc-internal-encoding-request";

    /// <summary>The 1-byte compressed flag and the 4-byte big-endian length before every message.</summary>
    public const int HeaderSize = 5;

    public const int DefaultMaxReceiveMessageSize = 4 * 1024 * 1024;

    /// <summary>
    /// The longest delay a <see cref="System.Threading.Timer"/> accepts (about 49.7 days); deadline
    /// timers are capped to it, since a longer timeout (grpc-timeout allows 99999999H) would throw.
    /// </summary>
    public static readonly TimeSpan MaxTimerDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>True for <c>application/grpc</c> and its <c>+format</c> and <c>;params</c> forms.</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (contentType.Length == ContentType.Length)
        {
            return true;
        }

        var next = contentType[ContentType.Length];
        return next is '+' or ';';
    }

    /// <summary>Headers that carry protocol state and are therefore not exposed as custom metadata.</summary>
    public static bool IsProtocolHeader(string name) =>
        name.Length == 0
        || name[0] == ':'
        || name.Equals("content-type", StringComparison.OrdinalIgnoreCase)
        || name.Equals(TeHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals("host", StringComparison.OrdinalIgnoreCase)
        || name.Equals("content-length", StringComparison.OrdinalIgnoreCase)
        || name.Equals(TimeoutHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals(MessageEncodingHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals(MessageAcceptEncodingHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals(StatusTrailer, StringComparison.OrdinalIgnoreCase)
        || name.Equals(MessageTrailer, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Keys starting with <c>grpc-</c> are reserved by the protocol; applications may not send them
    /// (grpc-status-details-bin is the one reserved key applications legitimately set).
    /// </summary>
    public static bool IsReservedKey(string key) =>
        key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase)
        && !key.Equals("grpc-status-details-bin", StringComparison.OrdinalIgnoreCase);
}
