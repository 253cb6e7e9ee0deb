using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Which requests the gateway authenticates: those carrying an <c>authorization</c> header. JwtBearer
/// takes its token from that header only (the platform's <c>OnMessageReceived</c> reads no other place),
/// so without one its answer is always "no result" and the caller stays anonymous; skipping it for those
/// calls changes no decision and saves the authentication handler's work on every anonymous call.
/// </summary>
public static class TokenAuthentication
{
    public static bool HasToken(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Headers.Authorization.Count > 0;
    }
}
