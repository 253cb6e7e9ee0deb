using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Grpc.Health.V1;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Gateway.Tests;

/// <summary>
/// Issue 6, "services never trust an identity they cannot verify … and they re-check the role":
/// a service called directly (no gateway in front) verifies the bearer token itself and enforces the
/// roles its contract declares.
/// </summary>
public sealed class ServiceAccessTests(RegistryUnderTest registry) : IClassFixture<RegistryUnderTest>
{
    private ApplicantsApi.ApplicantsClient Applicants => new(registry.Channel);

    private Task<Person> GetSomeoneAsync(Metadata headers) =>
        Applicants.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = "P-none" } }, headers).ResponseAsync;

    [Fact(Timeout = 30_000)]
    public async Task A_counter_token_passes_the_role_check()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Counter()));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task No_token_on_a_method_that_is_not_public_is_UNAUTHENTICATED()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Public()));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_role_the_method_does_not_declare_is_PERMISSION_DENIED()
    {
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Bank("105")))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Service("startup-loans")))).StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_spoofed_identity_header_without_a_token_is_not_an_identity()
    {
        var spoofed = new Metadata
        {
            { "x-employment-role", "counter" },
            { "x-employment-actor", "clerk-001" },
            { "x-employment-region", "410800" },
        };
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(spoofed))).StatusCode);
    }

    public static TheoryData<string, string> RefusedTokens() => new()
    {
        { "expired", Token(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1)) },
        { "not yet valid", Token(notBefore: DateTime.UtcNow.AddHours(1), expires: DateTime.UtcNow.AddHours(2)) },
        { "wrong audience", Token(audience: "someone-else") },
        { "signed by an unknown key", new TokenIssuer(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = TestCallers.TestKeyId }, TestCallers.Options.Issuer, TestCallers.Options.Audience).Issue(Clerk, TimeSpan.FromHours(1)) },
        { "signed by the development key outside Development", TokenIssuer.Development(new TokenOptions()).Issue(Clerk, TimeSpan.FromHours(1)) },
        { "wrong issuer", new TokenIssuer(TestCallers.SigningKey, "someone-else", TestCallers.Options.Audience).Issue(Clerk, TimeSpan.FromHours(1)) },
        { "not a token", "abc.def.ghi" },
    };

    [Theory(Timeout = 30_000)]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_that_does_not_verify_is_UNAUTHENTICATED(string why, string token)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Bearer(token)));
        Assert.True(error.StatusCode == StatusCode.Unauthenticated, $"{why}: {error.Status}");
    }

    [Fact(Timeout = 30_000)]
    public async Task Public_methods_and_health_need_no_token()
    {
        var documents = await new PolicyCatalog.PolicyCatalogClient(registry.Channel).ListDocumentsAsync(new ListDocumentsRequest());
        Assert.NotNull(documents);
        var health = await new Health.HealthClient(registry.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public void The_development_key_is_refused_at_start_up_outside_Development()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ServiceHost.Build(new Employment.Applicants.ApplicantsModule(), ["--Listen:Port=0", "--environment=Production", "--Authentication:UseDevelopmentKey=true"]));
        Assert.Contains("development key", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_host_outside_Development_without_keys_refuses_every_token_says_so_and_still_answers_public_calls()
    {
        var log = new CapturedLog();
        await using var app = ServiceHost.Build(new EchoJobMatching.Module(), ["--Listen:Port=0", "--environment=Production"], b =>
        {
            b.Logging.ClearProviders();
            b.Logging.AddProvider(log);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var channel = GrpcChannel.ForAddress(address);

        Assert.Contains(log.Lines, l => l.Contains("No token signing keys are configured", StringComparison.Ordinal));
        Assert.Equal(StatusCode.OK, await RawCalls.StatusOfAsync(channel, "/employment.jobs.v1.JobMatching/GetPosting", TestCallers.Public()));
        Assert.Equal(StatusCode.Unauthenticated, await RawCalls.StatusOfAsync(channel, "/employment.jobs.v1.JobMatching/CreatePosting", TestCallers.Counter()));
        await app.StopAsync();
    }

    private static Caller Clerk => new(CallerRole.Counter, "clerk-001", RegionCode: "410800");

    private static string Token(DateTime? notBefore = null, DateTime? expires = null, string? audience = null) =>
        TestCallers.Issuer.Issue(Clerk, notBefore ?? DateTime.UtcNow.AddMinutes(-1), expires ?? DateTime.UtcNow.AddHours(1), audience);
}
