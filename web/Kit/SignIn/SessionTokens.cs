using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Kit.SignIn;

/// <summary>
/// The token a page's calls carry: the signed-in user's own access token, from the session of the request being
/// answered (a clerk's, a citizen's, an employer's agent's). Each service then records who read or did what and keeps
/// its own checks of region, person and employer; an application has no token of its own and no other way in. Outside
/// a signed-in request there is none: a public page's call goes without one, and a service admits only its public methods.
/// </summary>
public sealed class SessionTokens(IHttpContextAccessor requests) : IServiceTokenSource
{
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        requests.HttpContext is { } request ? await request.GetTokenAsync("access_token") : null;
}
