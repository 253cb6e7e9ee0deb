using Employment.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Launcher;

/// <summary>
/// The development tokens of a local run, one per role, signed with the development key (which the
/// services and the gateway trust only in Development), written to a file the launcher names.
/// </summary>
internal sealed record DevTokens(string Counter, string CounterJiyuan, string Bank, string Admin, string Auditor)
{
    /// <summary>The demo bank's client at the identity provider, so a newcomer renews its token as a bank's system does.</summary>
    public (string ClientId, string Secret)? BankClient { get; init; }

    /// <summary>Long enough for a working day; a restart writes fresh ones.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>The counter of the Jiaozuo office (焦作, 410800).</summary>
    public static readonly Caller CounterCaller = new(CallerRole.Counter, "dev-clerk-jiaozuo", RegionCode: "410800");

    /// <summary>The counter of the Jiyuan office (济源示范区, 419001): each city's counter sees its own records only.</summary>
    public static readonly Caller JiyuanCounterCaller = new(CallerRole.Counter, "dev-clerk-jiyuan", RegionCode: "419001");

    /// <summary>A fictional bank for demonstrations; its code belongs to no real bank.</summary>
    public static readonly Caller BankCaller = new(CallerRole.Bank, "dev-bank-operator", BankCode: Loans.Data.LoansDemoData.DemoBank);

    public static readonly Caller AdminCaller = new(CallerRole.Admin, "dev-admin");

    /// <summary>The auditor (稽核) of the Jiaozuo office: reads and reviews risk signals of 410800.</summary>
    public static readonly Caller AuditorCaller = new(CallerRole.Auditor, "dev-auditor-jiaozuo", RegionCode: "410800");

    public const string GrpcKey = "EMPLOYMENT_GATEWAY_GRPC";
    public const string HttpKey = "EMPLOYMENT_GATEWAY_HTTP";

    /// <summary>
    /// A local run's tokens: the staff's signed with the development key for the provider's issuer (until
    /// staff sign in at the provider), the demo bank's obtained from the provider by client credentials, as a
    /// bank's own system obtains it (it lives the provider's ten minutes; a restart writes a fresh one).
    /// </summary>
    public static async Task<DevTokens> MintAsync(string issuer, string provider, string bankSecret, CancellationToken cancellationToken)
    {
        var tokens = Mint(TokenIssuer.Development(new TokenOptions { Issuer = issuer }));
        var services = new ServiceCollection();
        ClientCredentialsTokenSource.Register(services, new TokenOptions
        {
            Issuer = issuer,
            Client = new ClientCredentialsOptions { TokenAddress = provider + "/connect/token", ClientId = IdentityProviderArguments.BankClientId, Secret = bankSecret },
        }, TimeProvider.System);
        await using var container = services.BuildServiceProvider();
        var bank = await container.GetRequiredService<IServiceTokenSource>().GetTokenAsync(cancellationToken);
        return tokens with
        {
            Bank = bank ?? throw new InvalidOperationException("The identity provider gave the demo bank no token."),
            BankClient = (IdentityProviderArguments.BankClientId, bankSecret),
        };
    }

    /// <summary>The same callers, signed by the given issuer (a local key outside Development).</summary>
    public static DevTokens Mint(TokenIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return new DevTokens(issuer.Issue(CounterCaller, Lifetime), issuer.Issue(JiyuanCounterCaller, Lifetime), issuer.Issue(BankCaller, Lifetime), issuer.Issue(AdminCaller, Lifetime), issuer.Issue(AuditorCaller, Lifetime));
    }

    public string For(string role) => role switch
    {
        "counter" => Counter,
        "counter-jiyuan" => CounterJiyuan,
        "bank" => Bank,
        "admin" => Admin,
        "auditor" => Auditor,
        _ => throw new ArgumentException($"No development token for role '{role}' (counter, counter-jiyuan, bank, admin, auditor).", nameof(role)),
    };

    /// <summary>Writes KEY=value lines, so a shell can `source` the file too; readable by its owner alone (0600), as a secret is.</summary>
    public void Write(string path, string grpcAddress, string httpAddress, string? description = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!OperatingSystem.IsWindows())
        {
            // The file exists with the owner's mode before a token is written, so they are never readable by others.
            const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (new FileStream(path, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = ownerOnly }))
            {
            }

            File.SetUnixFileMode(path, ownerOnly);
        }

        File.WriteAllLines(path,
        [
            "# " + (description ?? $"Development tokens of a local run: the staff's signed with the development key (valid {Lifetime.TotalHours:0} h), the bank's from the identity provider by client credentials (valid minutes). Never valid outside Development."),
            $"{GrpcKey}={grpcAddress}",
            $"{HttpKey}={httpAddress}",
            $"COUNTER_TOKEN={Counter}",
            $"COUNTER_JIYUAN_TOKEN={CounterJiyuan}",
            $"BANK_TOKEN={Bank}",
            $"ADMIN_TOKEN={Admin}",
            $"AUDITOR_TOKEN={Auditor}",
            .. BankClient is { } client ? new[] { $"BANK_CLIENT_ID={client.ClientId}", $"BANK_CLIENT_SECRET={client.Secret}" } : [],
        ]);
    }

    /// <summary>Reads a file <see cref="Write"/> wrote: the tokens and the gateway's addresses.</summary>
    public static (DevTokens Tokens, string GrpcAddress, string HttpAddress) Read(string path)
    {
        var values = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        return (new DevTokens(values["COUNTER_TOKEN"], values["COUNTER_JIYUAN_TOKEN"], values["BANK_TOKEN"], values["ADMIN_TOKEN"], values["AUDITOR_TOKEN"]), values[GrpcKey], values[HttpKey]);
    }
}
