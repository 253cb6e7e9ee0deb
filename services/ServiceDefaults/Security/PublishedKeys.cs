using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The identity provider's published keys as JwtBearer's configuration: the key set at
/// <see cref="TokenOptions.KeysAddress"/>, read by Microsoft.IdentityModel's <see cref="ConfigurationManager{T}"/>
/// (cached, refreshed on its interval and when a token names an unknown key). The provider's discovery
/// document gives its public addresses (the gateway's), which a service inside the cluster does not call;
/// the issuer a token must name is the configured one. Read once at start too (<see cref="IdentityWarmUp"/>).
/// </summary>
public sealed class PublishedKeys(string issuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    /// <summary>The shortest wait between two reads a refused token asks for (a forged kid must not make every call read the keys).</summary>
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromSeconds(30);

    public static ConfigurationManager<OpenIdConnectConfiguration>? ManagerFor(TokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.KeysAddress))
        {
            return null;
        }

        return new ConfigurationManager<OpenIdConnectConfiguration>(
            options.KeysAddress,
            new PublishedKeys(options.Issuer),
            new HttpDocumentRetriever { RequireHttps = options.KeysRequireHttps })
        {
            AutomaticRefreshInterval = options.KeysRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
    }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false));
        var configuration = new OpenIdConnectConfiguration { Issuer = issuer, JsonWebKeySet = keys };
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
