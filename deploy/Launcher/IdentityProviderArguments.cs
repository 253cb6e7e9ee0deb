using System.Security.Cryptography;
using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// The identity provider in a local run, started before everything else: its issuer is the gateway's HTTP
/// address (where callers reach it), it signs with the development key in Development, and it knows a
/// client for the demo bank and one per service, each with a secret made for this run. The services and the
/// gateway trust the keys it publishes, and each service obtains its own token from it by client credentials.
/// </summary>
internal sealed class IdentityProviderArguments
{
    public const string Name = "identity-provider";

    public const string Prefix = "--" + Name + ":";

    /// <summary>The demo bank's client (its code is <see cref="DevTokens.BankCaller"/>'s).</summary>
    public const string BankClientId = "demo-bank";

    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);

    public IdentityProviderArguments(string issuer, IEnumerable<IServiceModule> services)
    {
        Issuer = issuer;
        _secrets[BankClientId] = NewSecret();
        foreach (var service in services)
        {
            _secrets[service.Name] = NewSecret();
        }
    }

    /// <summary>The gateway's HTTP address, e.g. http://127.0.0.1:8080/.</summary>
    public string Issuer { get; }

    public string BankSecret => _secrets[BankClientId];

    /// <summary>The provider's own arguments: the launcher's defaults, the issuer, the clients, then "--identity-provider:Key=value" ones, which win.</summary>
    public string[] For(string[] defaults, bool development, string[] args)
    {
        var result = new List<string>(defaults) { $"--IdentityProvider:Issuer={Issuer}" };
        if (development)
        {
            result.Add("--IdentityProvider:UseDevelopmentKey=true");
            result.Add("--IdentityProvider:DemoStaff=true");
        }

        var index = 0;
        foreach (var (client, secret) in _secrets)
        {
            var bank = client == BankClientId;
            result.Add($"--IdentityProvider:Clients:{index}:ClientId={client}");
            result.Add($"--IdentityProvider:Clients:{index}:Secret={secret}");
            result.Add($"--IdentityProvider:Clients:{index}:Role={(bank ? "bank" : "service")}");
            if (bank)
            {
                result.Add($"--IdentityProvider:Clients:{index}:BankCode={DevTokens.BankCaller.BankCode}");
            }

            index++;
        }

        // The clerks' workbench signs clerks in here; in Development the public site's hall signs citizens in through
        // the real-name stand-in (codes to the development SMS outbox in the data directory), as no province is at hand.
        result.AddRange(WorkbenchArguments.Application(Issuer, 0));
        if (development)
        {
            result.Add("--IdentityProvider:Citizens:RealNameStandIn=true");
            result.AddRange(PublicSiteArguments.Application(Issuer, 1));
        }

        result.AddRange(ServiceArguments.For(Name, args));
        return [.. result];
    }

    /// <summary>What a host that verifies tokens is told: the issuer and where the provider publishes its keys.</summary>
    public string[] Trust(string provider) =>
        [$"--Authentication:Issuer={Issuer}", $"--Authentication:KeysAddress={provider}/.well-known/jwks", "--Authentication:KeysRequireHttps=false"];

    /// <summary>What a service is told besides <see cref="Trust"/>: its own client, to obtain its token with.</summary>
    public string[] Client(string provider, IServiceModule service) =>
        [$"--Authentication:Client:TokenAddress={provider}/connect/token", $"--Authentication:Client:ClientId={service.Name}", $"--Authentication:Client:Secret={_secrets[service.Name]}"];

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
}
