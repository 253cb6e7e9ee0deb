using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Grpc.Health.V1;
using Microsoft.IdentityModel.Tokens;
using System.Security.Cryptography;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "services never trust an identity they cannot verify … and they re-check the role":
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
        // a token valid for longer than the platform allows (12 h), and a kid no trusted key has.
        { "valid for 13 hours", Token(notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddMinutes(-1).AddHours(13)) },
        { "valid until 9999", Token(notBefore: DateTime.UtcNow.AddMinutes(-1), expires: new DateTime(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc)) },
        { "an unknown kid, though signed by the trusted key", new TokenIssuer(new ECDsaSecurityKey(((ECDsaSecurityKey)TestCallers.SigningKey).ECDsa) { KeyId = "unknown" }, TestCallers.Options.Issuer, TestCallers.Options.Audience).Issue(Clerk, TimeSpan.FromHours(1)) },
        { "no kid, though signed by the trusted key", new TokenIssuer(new ECDsaSecurityKey(((ECDsaSecurityKey)TestCallers.SigningKey).ECDsa), TestCallers.Options.Issuer, TestCallers.Options.Audience).Issue(Clerk, TimeSpan.FromHours(1)) },
        // The JwtBearer gaps found when the package came in: a future iat, a lifetime counted only from
        // the token's own iat, an unsigned token and the HS256-with-the-public-key confusion.
        { "issued an hour in the future", CraftedTokens.IssuedInTheFuture() },
        { "valid 21 hours from now, though under 12 h from its own iat", CraftedTokens.ValidTwentyOneHoursFromNow() },
        { "alg none", CraftedTokens.Unsigned() },
        { "HS256 keyed with the trusted public key", CraftedTokens.HmacWithThePublicKey() },
    };

    [Fact(Timeout = 30_000)]
    public async Task A_token_valid_for_exactly_the_maximum_lifetime_passes()
    {
        var twelveHours = Token(notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddMinutes(-1).AddHours(12));
        var error = await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(TestCallers.Bearer(twelveHours)));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task Low_two_authorization_headers_are_UNAUTHENTICATED_even_when_both_verify()
    {
        var twice = new Metadata
        {
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(Clerk) },
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(Clerk) },
        };
        var error = await Assert.ThrowsAsync<RpcException>(() => GetSomeoneAsync(twice));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("more than one authorization header", error.Said(), StringComparison.Ordinal);
    }

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
        // The public methods are the policy list's, which its own service serves.
        await using var policy = await ServiceUnderTest.StartAsync<Employment.PolicyCatalog.PolicyCatalogModule>();
        var documents = await policy.Client<PolicyCatalog.PolicyCatalogClient>().ListDocumentsAsync(new ListDocumentsRequest());
        Assert.NotEmpty(documents.Documents);
        var health = await new Health.HealthClient(registry.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_token_that_does_not_verify_is_UNAUTHENTICATED_on_a_public_method_too_not_treated_as_no_token()
    {
        await using var policy = await ServiceUnderTest.StartAsync<Employment.PolicyCatalog.PolicyCatalogModule>();
        var catalog = policy.Client<PolicyCatalog.PolicyCatalogClient>();
        var expired = Token(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        var error = await Assert.ThrowsAsync<RpcException>(() => catalog.ListDocumentsAsync(new ListDocumentsRequest(), TestCallers.Bearer(expired)).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        // Said in Chinese, the reason for programs in ErrorInfo, no library type named anywhere.
        Assert.Equal("令牌已过期，请重新申请令牌。", error.Status.Detail);
        Assert.Equal(("TOKEN_EXPIRED", "policy-catalog"), (error.Detail<Google.Rpc.ErrorInfo>()!.Reason, error.Detail<Google.Rpc.ErrorInfo>()!.Domain));
        Assert.DoesNotContain("Exception", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Two_authorization_headers_on_a_public_method_are_UNAUTHENTICATED()
    {
        var twice = new Metadata
        {
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(Clerk) },
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(Clerk) },
        };
        await using var policy = await ServiceUnderTest.StartAsync<Employment.PolicyCatalog.PolicyCatalogModule>();
        var catalog = policy.Client<PolicyCatalog.PolicyCatalogClient>();
        var error = await Assert.ThrowsAsync<RpcException>(() => catalog.ListDocumentsAsync(new ListDocumentsRequest(), twice).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("more than one authorization header", error.Said(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_development_key_is_refused_at_start_up_outside_Development()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ServiceHost.Build(new Employment.Applicants.ApplicantsModule(), ["--Listen:Port=0", "--environment=Production", "--Authentication:UseDevelopmentKey=true"]));
        Assert.Contains("development key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_outside_Development_without_keys_refuses_to_start_naming_the_setting()
    {
        // It once started, warned and refused every token; a host that can verify no caller is a
        // configuration mistake, and in production it must not come up looking healthy.
        var error = Assert.Throws<InvalidOperationException>(() =>
            ServiceHost.Build(new EchoJobMatching.Module(), ["--Listen:Port=0", "--environment=Production"], b => b.Logging.ClearProviders()));
        Assert.Contains("Authentication:SigningKeys", error.Message, StringComparison.Ordinal);
    }

    private static Caller Clerk => new(CallerRole.Counter, "clerk-001", RegionCode: "410800");

    private static string Token(DateTime? notBefore = null, DateTime? expires = null, string? audience = null) =>
        TestCallers.Issuer.Issue(Clerk, notBefore ?? DateTime.UtcNow.AddMinutes(-1), expires ?? DateTime.UtcNow.AddHours(1), audience);
}
