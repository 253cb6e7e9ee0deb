using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>Turns configured public keys into the keys token validation checks signatures with.</summary>
public static class TrustedKeys
{
    public static IReadOnlyList<SecurityKey> Load(TokenOptions options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = options.SigningKeys.Select(Parse).ToList();
        if (options.UseDevelopmentKey)
        {
            if (!isDevelopment)
            {
                throw new InvalidOperationException(
                    "Authentication:UseDevelopmentKey is set outside the Development environment; the development key is public and is never trusted there.");
            }

            keys.Add(DevelopmentKey.CreateSigningKey());
        }

        return keys;
    }

    /// <summary>An ECDSA or RSA public key from PEM or base64 SubjectPublicKeyInfo.</summary>
    public static SecurityKey Parse(TrustedKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrWhiteSpace(key.KeyId))
        {
            // A token is checked against the key its kid names, never against each key in turn.
            throw new InvalidOperationException("Every Authentication:SigningKeys entry needs a KeyId, the kid its tokens carry.");
        }

        var text = key.PublicKey.Trim();
        var der = text.StartsWith("-----BEGIN", StringComparison.Ordinal) ? PemDer(text) : Convert.FromBase64String(text);
        try
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(der, out _);
            return new ECDsaSecurityKey(ecdsa) { KeyId = key.KeyId };
        }
        catch (CryptographicException)
        {
            var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out _);
            return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
        }
    }

    private static byte[] PemDer(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
