using System.Text.Json;
using Employment.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Clients;

/// <summary>
/// The banks' and services' clients, as configuration states them, written to OpenIddict's application
/// store at start (a secret is stored hashed; a changed secret or bank replaces the stored one), each
/// allowed the client credentials grant at the token endpoint and nothing else.
/// </summary>
public sealed class MachineClients(IOpenIddictApplicationManager applications)
{
    /// <summary>The application's property naming the role its tokens carry.</summary>
    public const string RoleProperty = "employment_role";

    /// <summary>The application's property naming a bank client's bank code.</summary>
    public const string BankCodeProperty = "employment_bank_code";

    public async Task RegisterAsync(IReadOnlyList<MachineClientOptions> clients, bool isDevelopment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        foreach (var client in clients)
        {
            Check(client, isDevelopment);
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientSecret = client.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = string.IsNullOrWhiteSpace(client.DisplayName) ? client.ClientId : client.DisplayName,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            descriptor.Properties[RoleProperty] = JsonSerializer.SerializeToElement(client.Role);
            descriptor.Properties[BankCodeProperty] = JsonSerializer.SerializeToElement(client.BankCode.Trim());
            await SaveAsync(descriptor, cancellationToken);
        }
    }

    /// <summary>
    /// The browser applications staff or citizens sign in to: public clients (no secret), the authorization code with
    /// PKCE and refresh tokens, sent back only to their exact registered addresses.
    /// </summary>
    public async Task RegisterApplicationsAsync(IReadOnlyList<BrowserClientOptions> browserClients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(browserClients);
        foreach (var client in browserClients)
        {
            if (string.IsNullOrWhiteSpace(client.ClientId) || client.RedirectUris.Count == 0)
            {
                throw new InvalidOperationException("Every IdentityProvider:Applications entry needs a ClientId and at least one RedirectUris entry.");
            }

            if (client.Users is not (BrowserClientUsers.Staff or BrowserClientUsers.Citizens))
            {
                throw new InvalidOperationException($"IdentityProvider:Applications {client.ClientId}: Users is '{client.Users}'; it must be staff or citizens.");
            }

            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientType = ClientTypes.Public,
                DisplayName = string.IsNullOrWhiteSpace(client.DisplayName) ? client.ClientId : client.DisplayName,
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            if (client.Users == BrowserClientUsers.Citizens)
            {
                descriptor.Permissions.Add(Permissions.Prefixes.Scope + Citizens.CitizenPrincipal.EmployerScope);
            }

            foreach (var uri in client.RedirectUris)
            {
                descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }

            foreach (var uri in client.PostLogoutRedirectUris)
            {
                descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }

            await SaveAsync(descriptor, cancellationToken);
        }
    }

    /// <summary>The client as configured replaces the stored one (a changed secret, bank or address included), or is created.</summary>
    private async Task SaveAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } stored)
        {
            await applications.UpdateAsync(stored, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    /// <summary>A client configured wrongly stops the provider at start, naming the setting.</summary>
    private static void Check(MachineClientOptions client, bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(client.ClientId))
        {
            throw new InvalidOperationException("Every IdentityProvider:Clients entry needs a ClientId.");
        }

        if (client.Role is not ("bank" or "service"))
        {
            throw new InvalidOperationException($"IdentityProvider:Clients {client.ClientId}: Role must be bank or service, not '{client.Role}'.");
        }

        if (client.Role == TokenClaims.RoleName(CallerRole.Bank) && string.IsNullOrWhiteSpace(client.BankCode))
        {
            throw new InvalidOperationException($"IdentityProvider:Clients {client.ClientId}: a bank's client needs its BankCode, the only bank its tokens act for.");
        }

        // A short secret can be guessed; the development launcher's are generated, production's come from secret files.
        if (client.Secret.Length < (isDevelopment ? 16 : 32))
        {
            throw new InvalidOperationException($"IdentityProvider:Clients {client.ClientId}: the Secret must be at least {(isDevelopment ? 16 : 32)} characters.");
        }
    }
}
