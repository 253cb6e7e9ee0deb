using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.SignIn;

/// <summary>
/// The token a screen's calls carry: the signed-in clerk's own access token, from the session of the request being
/// answered. The services then record every decision as that clerk's and keep their own region checks; the
/// workbench has no token of its own and no other way in. Outside a clerk's request there is none, and a service
/// refuses the call.
/// </summary>
public sealed class ClerkTokens(IHttpContextAccessor requests) : IServiceTokenSource
{
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        requests.HttpContext is { } request ? await request.GetTokenAsync("access_token") : null;
}
