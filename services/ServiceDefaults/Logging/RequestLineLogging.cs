using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Logging;

/// <summary>What every host (each service and the gateway) logs of a request line.</summary>
public static class RequestLineLogging
{
    /// <summary>
    /// ASP.NET Core's own "Request starting/finished" lines print the decoded path, so a %0D%0A in it
    /// would start a forged line: they are kept to warnings. Each call is logged once,
    /// with its path encoded, by the host's own call logging.
    /// </summary>
    public static ILoggingBuilder WithoutDecodedRequestLines(this ILoggingBuilder logging) =>
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
}
