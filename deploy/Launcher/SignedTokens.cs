using System.Security.Cryptography;
using Employment.ServiceDefaults.Security;
using Microsoft.IdentityModel.Tokens;

namespace Employment.Launcher;

/// <summary>
/// Tokens signed with a key the caller holds, for a run outside Development where the development key
/// is refused (the production shape on one machine stands in for the identity provider with a key it
/// generates): <c>tokens &lt;private-key.pem&gt; &lt;key-id&gt; &lt;file&gt; &lt;grpc address&gt; &lt;http address&gt; [issuer]</c> writes the
/// counter, bank and admin tokens in the development tokens' file format (so <c>call</c> reads it), under
/// the identity provider's issuer when one is given (its key is the one signing),
/// and <c>service-token &lt;private-key.pem&gt; &lt;key-id&gt; &lt;service name&gt;</c> prints the token a service
/// sends on its own calls.
/// </summary>
internal static class SignedTokens
{
    public static int WriteRoleTokens(string[] args)
    {
        if (args.Length is not (5 or 6))
        {
            Console.Error.WriteLine("usage: tokens <private-key.pem> <key-id> <file> <gateway grpc address> <gateway http address> [issuer]");
            return 2;
        }

        DevTokens.Mint(Issuer(args[0], args[1], args.Length == 6 ? args[5] : null)).Write(args[2], args[3], args[4], $"Tokens signed with the local key '{args[1]}' (valid {DevTokens.Lifetime.TotalHours:0} h).");
        return 0;
    }

    public static int PrintServiceToken(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: service-token <private-key.pem> <key-id> <service name>");
            return 2;
        }

        Console.WriteLine(Issuer(args[0], args[1]).Issue(new Caller(CallerRole.Service, args[2]), DevTokens.Lifetime));
        return 0;
    }

    private static TokenIssuer Issuer(string privateKeyFile, string keyId, string? issuer = null)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(File.ReadAllText(privateKeyFile));
        var options = new TokenOptions();
        return new TokenIssuer(new ECDsaSecurityKey(ecdsa) { KeyId = keyId }, issuer ?? options.Issuer, options.Audience);
    }
}
