using Grpc.AspNetCore.Server.Internal;
using Microsoft.AspNetCore.Http;

namespace Grpc.Core;

public static class ServerCallContextExtensions
{
    /// <summary>The HTTP context of a call served by this transport.</summary>
    public static HttpContext GetHttpContext(this ServerCallContext serverCallContext) =>
        serverCallContext is HttpContextServerCallContext call
            ? call.HttpContext
            : throw new InvalidOperationException("This call was not served over HTTP by this transport.");

    /// <summary>True when the last request message of the call arrived compressed.</summary>
    public static bool IsLastRequestCompressed(this ServerCallContext serverCallContext) =>
        serverCallContext is HttpContextServerCallContext { LastRequestCompressed: true };
}
