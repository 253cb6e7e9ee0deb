using System.Reflection;

namespace Grpc.Net.Client.Internal;

/// <summary>
/// Failures after which a buffered request may be sent again because the server never saw it:
/// a REFUSED_STREAM (the server promises it did nothing), or a request HttpClient never wrote
/// because its connection was closing or full. HttpClient marks the latter internally as safe to
/// retry and retries it itself — except for the request that opened a new connection
/// (dotnet/runtime#44669), which is exactly the one a burst past a stream limit meets.
/// </summary>
internal static class ResendableFailure
{
    private const long RefusedStream = 0x7;

    // The runtime's own "not sent, safe to retry" marking; read once. If a future runtime drops it,
    // only REFUSED_STREAM is resent.
    private static readonly PropertyInfo? AllowRetry =
        typeof(HttpRequestException).GetProperty("AllowRetry", BindingFlags.Instance | BindingFlags.NonPublic);

    public static bool Is(HttpRequestException exception)
    {
        if (exception.InnerException is HttpProtocolException { ErrorCode: RefusedStream })
        {
            return true;
        }

        return AllowRetry?.GetValue(exception)?.ToString() is "RetryOnConnectionFailure" or "RetryOnStreamLimitReached";
    }
}
