using Employment.IdentityProvider.Domain;
using Employment.IdentityProvider.Staff;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>A provider configured wrongly does not start, and says which setting to mend.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_bank_client_without_its_bank_code_stops_the_provider_naming_the_setting()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")], "--IdentityProvider:Clients:0:BankCode="));

        Assert.Contains("BankCode", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_development_key_never_signs_outside_development()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), "Host=unused", [], "--IdentityProvider:UseDevelopmentKey=true"));

        Assert.Contains("UseDevelopmentKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_citizens_real_name_stand_in_never_runs_outside_development()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), "Host=unused", [ProviderUnderTest.NewKey("key-2026-11")],
            "--IdentityProvider:Citizens:RealNameStandIn=true", "--IdentityProvider:Citizens:RegistryAddress=http://127.0.0.1:1"));

        Assert.Contains("RealNameStandIn", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizens_application_without_the_provinces_identity_or_the_stand_in_does_not_start_and_a_province_needs_its_client()
    {
        var noWay = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), "Host=unused", [ProviderUnderTest.NewKey("key-2026-11")],
            "--IdentityProvider:Applications:1:ClientId=public-site", "--IdentityProvider:Applications:1:RedirectUris:0=https://jiuye.test/signin-oidc",
            "--IdentityProvider:Applications:1:Users=citizens"));
        var noClient = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), "Host=unused", [ProviderUnderTest.NewKey("key-2026-11")], "--IdentityProvider:Citizens:Province:Authority=https://tyrz.henan.test/"));

        Assert.Contains("IdentityProvider:Citizens:Province", noWay.Message, StringComparison.Ordinal);
        Assert.Contains("ClientId and ClientSecret", noClient.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_without_a_signing_key_does_not_start()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(FreePort.Get(), "Host=unused", []));

        Assert.Contains("IdentityProvider:SigningKeys", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_staff_never_exist_outside_development()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")], "--IdentityProvider:DemoStaff=true"));

        Assert.Contains("IdentityProvider:DemoStaff", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_demo_staff_are_created_with_their_office_role_and_authenticator()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        await using var provider = await ProviderUnderTest.StartAsync(
            FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")], "--environment=Development", "--IdentityProvider:DemoStaff=true");
        await using var scope = provider.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();

        var jiyuan = await users.FindByNameAsync("JY-CLERK-01");
        var reviewer = await users.FindByNameAsync("JZ-REVIEW-01");

        Assert.Equal(6, users.Users.Count());
        Assert.Equal(["JZ-REVIEW-01"], users.Users.Where(u => u.MayReview).Select(u => u.UserName).ToList());
        Assert.Equal(("counter", "410800"), (reviewer!.StaffRole, reviewer.OfficeRegion));
        Assert.NotNull(jiyuan);
        Assert.Equal(("counter", "419001"), (jiyuan.StaffRole, jiyuan.OfficeRegion));
        Assert.True(await users.GetTwoFactorEnabledAsync(jiyuan));
        Assert.Equal(DemoStaff.AuthenticatorKey, await users.GetAuthenticatorKeyAsync(jiyuan));
        Assert.True(await users.CheckPasswordAsync(jiyuan, DemoStaff.Password));
    }
}
