using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The host's service token from the platform's identity provider by OAuth 2.0 client credentials
/// (OpenIddict's client), kept and renewed once two thirds of its life have passed, so a call never goes
/// out with a token about to expire. A renewal that fails while the kept token is still valid sends the
/// kept one; with none valid the call fails with the provider's error.
/// </summary>
public sealed class ClientCredentialsTokenSource(OpenIddictClientService client, TimeProvider time) : IServiceTokenSource, IDisposable
{
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private Kept? _kept;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_kept is { } kept && time.GetUtcNow() < kept.RenewAt)
        {
            return kept.Token;
        }

        await _renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_kept is { } fresh && now < fresh.RenewAt)
            {
                return fresh.Token;
            }

            try
            {
                var result = await client.AuthenticateWithClientCredentialsAsync(new() { CancellationToken = cancellationToken }).ConfigureAwait(false);
                var lifetime = TimeSpan.FromSeconds(result.TokenResponse.ExpiresIn ?? 0);
                _kept = new Kept(result.AccessToken, now + lifetime * 2 / 3, now + lifetime);
                return result.AccessToken;
            }
            catch (Exception) when (_kept is { } stale && time.GetUtcNow() < stale.Expires)
            {
                return stale.Token;
            }
        }
        finally
        {
            _renewing.Release();
        }
    }

    public void Dispose() => _renewing.Dispose();

    private sealed record Kept(string Token, DateTimeOffset RenewAt, DateTimeOffset Expires);

    /// <summary>
    /// Registers OpenIddict's client for the host's one registration (the provider's token endpoint named
    /// directly, at its internal address: no discovery) and this source on <paramref name="time"/>, the wall
    /// clock in production and a settable one in tests.
    /// </summary>
    public static void Register(IServiceCollection services, TokenOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Client;
        if (!Uri.TryCreate(options.Issuer, UriKind.Absolute, out var issuer) || !Uri.TryCreate(settings.TokenAddress, UriKind.Absolute, out var tokenEndpoint)
            || string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.Secret))
        {
            throw new InvalidOperationException("Authentication:Client needs TokenAddress (absolute), ClientId and Secret, and Authentication:Issuer the provider's absolute issuer.");
        }

        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowClientCredentialsFlow();
            client.DisableTokenStorage();
            // The flow signs and encrypts nothing of the client's own; OpenIddict asks for keys all the same.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = issuer,
                ClientId = settings.ClientId,
                ClientSecret = settings.Secret,
                Configuration = new OpenIddictConfiguration
                {
                    Issuer = issuer,
                    TokenEndpoint = tokenEndpoint,
                    GrantTypesSupported = { GrantTypes.ClientCredentials },
                    TokenEndpointAuthMethodsSupported = { ClientAuthenticationMethods.ClientSecretPost },
                },
            });
        });
        services.AddSingleton<IServiceTokenSource>(sp => new ClientCredentialsTokenSource(sp.GetRequiredService<OpenIddictClientService>(), time));
    }
}
