using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The development signing key (ECDSA P-256). It is in the repository, so anyone can sign with it:
/// hosts trust it only when the environment is Development (see <see cref="TokenOptions.UseDevelopmentKey"/>),
/// and the local launcher uses it to mint the tokens it prints.
/// </summary>
public static class DevelopmentKey
{
    public const string KeyId = "development";

    // Generated for this repository with `openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt`.
    private const string PrivateKeyPem = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgsaN2a9eWVnkxKN6A
        JZJz3CGZ6rOzQ2vvVHJFVE5ekWehRANCAARIuS0GGHXYkDd0I3lzxv46WcHgZclX
        /zAGaCeXh02HIQmIPJg/NDdItXQ+T3PpUcqY5p54vI8xLhrVGTLwhSK8
        -----END PRIVATE KEY-----
        """;

    /// <summary>The key with its private half, to sign development tokens.</summary>
    public static ECDsaSecurityKey CreateSigningKey()
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(PrivateKeyPem);
        return new ECDsaSecurityKey(ecdsa) { KeyId = KeyId };
    }
}
