using Grpc.Core;

namespace Employment.ServiceDefaults.Security;

/// <summary>The headers of a call a service makes on its own behalf: its service token, when it has one.</summary>
public static class ServiceCallHeaders
{
    /// <summary>Without a token the headers are empty, and the callee refuses the call, as it should.</summary>
    public static async Task<Metadata> ForAsync(IServiceTokenSource? source, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (source is not null && await source.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            headers.Add(AuthorizationHeader.Name, "Bearer " + token);
        }

        return headers;
    }
}
