using System.Security.Cryptography;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;

namespace Employment.TestInfrastructure;

/// <summary>
/// The call metadata that makes a test call come from a given role: a bearer token signed with this
/// test run's own key. Every service test builds its callers here, and every host under test trusts
/// that key through <see cref="HostArguments"/>, so when the way identities are carried changes only
/// this file changes.
/// </summary>
public static class TestCallers
{
    public const string TestKeyId = "test";

    // A fresh key per test process: nothing signed by a test can be replayed against anything else.
    private static readonly ECDsa KeyPair = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>Issuer and audience every test host checks (the platform's defaults).</summary>
    public static TokenOptions Options { get; } = new();

    /// <summary>The test key with its private half, for tests that sign unusual tokens themselves.</summary>
    public static SecurityKey SigningKey { get; } = new ECDsaSecurityKey(KeyPair) { KeyId = TestKeyId };

    /// <summary>Signs tokens with the test key.</summary>
    public static TokenIssuer Issuer { get; } = new(SigningKey, Options.Issuer, Options.Audience);

    /// <summary>The test key's public half, base64 SubjectPublicKeyInfo, as hosts are configured with.</summary>
    public static string PublicKey { get; } = Convert.ToBase64String(KeyPair.ExportSubjectPublicKeyInfo());

    /// <summary>Arguments that make a host (ServiceHost or the gateway) trust the test key.</summary>
    public static string[] HostArguments { get; } =
    [
        $"--Authentication:SigningKeys:0:KeyId={TestKeyId}",
        $"--Authentication:SigningKeys:0:PublicKey={PublicKey}",
        // The loans service's key for borrower references (a secret in production; random per test run).
        $"--Loans:BorrowerKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}",
    ];

    /// <summary><see cref="HostArguments"/> plus the service token the host sends on its own calls (e.g. to the registry).</summary>
    public static string[] ServiceHostArguments(string serviceName) =>
        [.. HostArguments, $"--Authentication:ServiceToken={Token(new Caller(CallerRole.Service, serviceName))}"];

    public static Metadata Bank(string bankCode, string subject = "bank-operator") =>
        For(new Caller(CallerRole.Bank, subject, BankCode: bankCode));

    public static Metadata Counter(string regionCode = "410800", string clerk = "clerk-001") =>
        For(new Caller(CallerRole.Counter, clerk, RegionCode: regionCode));

    /// <summary>A counter clerk whose office allows them to review (复核) another clerk's decisions.</summary>
    public static Metadata Reviewer(string regionCode = "410800", string clerk = "reviewer-001") =>
        For(new Caller(CallerRole.Counter, clerk, RegionCode: regionCode, MayReview: true));

    public static Metadata Auditor(string regionCode = "410800", string auditor = "auditor-001") =>
        For(new Caller(CallerRole.Auditor, auditor, RegionCode: regionCode));

    public static Metadata Admin(string subject = "admin-001") => For(new Caller(CallerRole.Admin, subject));

    public static Metadata Service(string serviceName) => For(new Caller(CallerRole.Service, serviceName));

    /// <summary>A citizen signed in by real name: the token's subject is their registry person id.</summary>
    public static Metadata Person(string personId) => For(new Caller(CallerRole.Person, personId));

    /// <summary>A person acting for an employer (its legal representative or 经办人).</summary>
    public static Metadata EmployerAgent(string employerId, string personId = "agent-person") =>
        For(new Caller(CallerRole.Employer, personId, EmployerId: employerId));

    public static Metadata Public() => [];

    /// <summary>A call to a shared subsidy contract through the gateway: the caller's headers and the service it is for.</summary>
    public static Metadata Naming(string subsidyService, Metadata? caller = null)
    {
        var headers = new Metadata();
        foreach (var header in caller ?? [])
        {
            headers.Add(header);
        }

        headers.Add(Employment.ServiceDefaults.Clients.SubsidyServiceCalls.Header, subsidyService);
        return headers;
    }

    public static Metadata For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuthenticated ? Bearer(Token(caller)) : [];
    }

    /// <summary>A token for the caller, valid for an hour.</summary>
    public static string Token(Caller caller) => Issuer.Issue(caller, TimeSpan.FromHours(1));

    public static Metadata Bearer(string token) => new() { { AuthorizationHeader.Name, "Bearer " + token } };

    /// <summary>A service's own token source, as its host would configure it, signing with the test key.</summary>
    public static IServiceTokenSource ServiceTokens(string serviceName) => new MintingServiceTokenSource(Issuer, serviceName);
}
