using System.Net;
using System.Security.Cryptography;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Citizens as production signs them in: the provider (environment Production, its own keys) federates to the
/// province's unified identity (a test-owned OpenID Connect server), and the identity number the province asserts
/// finds the person in the registry (its demo people), whose person id the tokens name.
/// </summary>
public sealed class ProvinceFederationTests : IAsyncLifetime
{
    private const string Site = "public-site";
    private const string SiteReturn = "http://site.test/signin-oidc";

    /// <summary>王小明（示例）of the registry's demo data.</summary>
    private static readonly string DemoNumber = "41080220010615301" + ResidentIdNumber.ComputeCheckCharacter("41080220010615301");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "province-federation-" + Guid.NewGuid().ToString("N"));
    private ServiceUnderTest _registry = null!;
    private PostgresDatabase _database = null!;
    private ProviderUnderTest _provider = null!;
    private ProvinceUnderTest _province = null!;

    public async Task InitializeAsync()
    {
        var key = ProviderUnderTest.NewKey("platform-2026");
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.Pem);
        _registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
        [
            "--environment=Development", $"--DataDirectory={_directory}",
            $"--Authentication:Issuer={ProviderUnderTest.Issuer}",
            $"--Authentication:SigningKeys:0:KeyId={key.KeyId}",
            $"--Authentication:SigningKeys:0:PublicKey={Convert.ToBase64String(ecdsa.ExportSubjectPublicKeyInfo())}",
        ]);
        var port = FreePort.Get();
        _province = await ProvinceUnderTest.StartAsync($"http://127.0.0.1:{port}/citizen/province/callback");
        _database = await PostgresDatabase.CreateAsync("identity_provider");
        _provider = await ProviderUnderTest.StartAsync(port, _database.ConnectionString, [key],
            $"--IdentityProvider:Citizens:RegistryAddress={_registry.Address}",
            $"--IdentityProvider:Citizens:Province:Authority={_province.Issuer}",
            $"--IdentityProvider:Citizens:Province:ClientId={ProvinceUnderTest.ClientId}",
            $"--IdentityProvider:Citizens:Province:ClientSecret={ProvinceUnderTest.ClientSecret}",
            $"--IdentityProvider:Applications:1:ClientId={Site}",
            $"--IdentityProvider:Applications:1:RedirectUris:0={SiteReturn}",
            "--IdentityProvider:Applications:1:Users=citizens");
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
        await _province.DisposeAsync();
        await _registry.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task A_citizen_signed_in_by_the_province_gets_a_token_naming_the_registry_person_its_identity_number_finds()
    {
        _province.Next = ("henan-uid-77", DemoNumber);
        using var flow = new SignInFlow(_provider.Address, Site, SiteReturn);
        var (verifier, authorize) = flow.AuthorizeAddress();

        var (status, page, tokens) = await flow.FollowAsync(authorize, verifier);

        Assert.True(status == HttpStatusCode.OK && tokens is not null, $"{status}: {page}");
        var access = tokens.Value.GetProperty("access_token").GetString()!;
        var claims = new JsonWebToken(access);
        Assert.Equal(("P-demo-301", "person"), (claims.Subject, claims.GetClaim("role").Value));
        var registry = _registry.Client<Applicants.ApplicantsClient>();
        var own = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = "P-demo-301" } }, TestCallers.Bearer(access));
        var other = await Assert.ThrowsAsync<RpcException>(() => registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = "P-demo-402" } }, TestCallers.Bearer(access)).ResponseAsync);
        Assert.Equal(DemoNumber, own.IdNumber);
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Someone_the_registry_does_not_hold_or_a_province_answer_without_an_identity_number_is_refused_and_logged()
    {
        var stranger = "41080219990101123";
        _province.Next = ("henan-uid-78", stranger + ResidentIdNumber.ComputeCheckCharacter(stranger));
        using var unregistered = new SignInFlow(_provider.Address, Site, SiteReturn);
        var (verifier, authorize) = unregistered.AuthorizeAddress();
        var (status, page, tokens) = await unregistered.FollowAsync(authorize, verifier);

        _province.Next = ("henan-uid-79", "");
        using var anonymous = new SignInFlow(_provider.Address, Site, SiteReturn);
        var (anonymousVerifier, anonymousAuthorize) = anonymous.AuthorizeAddress();
        var (anonymousStatus, anonymousPage, anonymousTokens) = await anonymous.FollowAsync(anonymousAuthorize, anonymousVerifier);

        Assert.Equal((HttpStatusCode.Forbidden, false), (status, tokens.HasValue));
        Assert.Contains("您尚未在人社部门登记", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, false), (anonymousStatus, anonymousTokens.HasValue));
        Assert.Contains("没有提供有效的居民身份证号码", anonymousPage, StringComparison.Ordinal);
        Assert.Contains(_provider.Log, line => line.Contains("not_registered", StringComparison.Ordinal) && !line.Contains(stranger, StringComparison.Ordinal));
        Assert.Contains(_provider.Log, line => line.Contains("no_id_number", StringComparison.Ordinal));
    }
}
