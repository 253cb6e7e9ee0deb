using System.Security.Cryptography;
using Employment.ServiceDefaults.Security;
using Microsoft.IdentityModel.Tokens;

namespace Employment.IdentityProvider.Keys;

/// <summary>The keys the provider signs with and publishes, from configuration (see <see cref="IdentityProviderOptions.SigningKeys"/>).</summary>
public static class ProviderSigningKeys
{
    public static IReadOnlyList<SecurityKey> Load(IdentityProviderOptions options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = new List<SecurityKey>();
        foreach (var key in options.SigningKeys)
        {
            if (string.IsNullOrWhiteSpace(key.KeyId) || string.IsNullOrWhiteSpace(key.PrivateKey))
            {
                throw new InvalidOperationException("Every IdentityProvider:SigningKeys entry needs a KeyId and a PrivateKey (PEM).");
            }

            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(key.PrivateKey);
            if (ecdsa.KeySize != 256)
            {
                throw new InvalidOperationException($"IdentityProvider:SigningKeys key {key.KeyId} is not an ECDSA P-256 key.");
            }

            keys.Add(new ECDsaSecurityKey(ecdsa) { KeyId = key.KeyId });
        }

        if (options.UseDevelopmentKey)
        {
            if (!isDevelopment)
            {
                throw new InvalidOperationException("IdentityProvider:UseDevelopmentKey is set outside the Development environment; the development key is public and never signs there.");
            }

            keys.Add(DevelopmentKey.CreateSigningKey());
        }

        if (keys.Count == 0)
        {
            throw new InvalidOperationException("The identity provider has no signing key: set IdentityProvider:SigningKeys (a secret file in production), or UseDevelopmentKey in Development.");
        }

        return keys;
    }
}
