using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Employment.IdentityProvider.Discovery;

/// <summary>
/// The discovery document names the endpoints at the issuer, the gateway's public address, where callers
/// reach them; OpenIddict would name them at the address the request reached the provider on, which inside
/// the cluster is the provider's own and no caller's.
/// </summary>
public static class PublicAddresses
{
    public static OpenIddictServerBuilder AnswerEndpointsAtTheIssuer(this OpenIddictServerBuilder server, Uri issuer)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(issuer);
        return server.AddEventHandler<HandleConfigurationRequestContext>(handler => handler
            .UseInlineHandler(context =>
            {
                var at = context.BaseUri;
                Uri? Public(Uri? endpoint) => endpoint is null || at is null ? endpoint : new Uri(issuer, at.MakeRelativeUri(endpoint));
                context.TokenEndpoint = Public(context.TokenEndpoint);
                context.JsonWebKeySetEndpoint = Public(context.JsonWebKeySetEndpoint);
                context.AuthorizationEndpoint = Public(context.AuthorizationEndpoint);
                context.EndSessionEndpoint = Public(context.EndSessionEndpoint);
                context.UserInfoEndpoint = Public(context.UserInfoEndpoint);
                context.RevocationEndpoint = Public(context.RevocationEndpoint);
                context.IntrospectionEndpoint = Public(context.IntrospectionEndpoint);
                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom));
    }
}
