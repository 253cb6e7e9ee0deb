using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Employment.IdentityProvider.Domain;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Staff accounts are created, disabled and re-bound by an admin only, signed in at this provider, and each
/// change is kept with the admin and the time: a clerk the admin creates signs in with the authenticator key
/// the admin hands over; a clerk the admin disables signs in no more; anyone else is refused; bad input is
/// 400 naming the field.
/// </summary>
public sealed class StaffAdministrationTests : WithProvider
{
    [Fact]
    public async Task An_admin_creates_a_clerk_who_then_signs_in_and_the_creation_is_kept()
    {
        using var admin = await AdminAsync();

        using var created = await admin.PostAsJsonAsync("/admin/staff", new { staffNumber = "JZ-CLERK-09", displayName = "钱芳", officeRegion = "410802", role = "counter", password = "Clerk-Pass-2026!" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var flow = Flow();
        var (status, _) = await flow.SignInAsync("JZ-CLERK-09", "Clerk-Pass-2026!", () => SignInFlow.Code(body.GetProperty("authenticatorKey").GetString()!));
        var changes = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ-CLERK-09/changes");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("otpauth://totp/", body.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        var change = Assert.Single(changes.EnumerateArray());
        Assert.Equal("created", change.GetProperty("change").GetString());
        Assert.Equal("ADMIN-T1", change.GetProperty("changedBy").GetString());
        Assert.Contains("410802", change.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_the_admin_disables_signs_in_no_more_and_the_change_is_kept()
    {
        using var admin = await AdminAsync();
        using var created = await admin.PostAsJsonAsync("/admin/staff", new { staffNumber = "JZ-CLERK-10", displayName = "孙强", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authenticatorKey").GetString()!;

        using var disabled = await admin.PostAsync("/admin/staff/JZ-CLERK-10/disable", null);
        using var flow = Flow();
        var (_, returnUrl) = flow.AuthorizeAddress();
        var (status, page) = await flow.PostPasswordAsync(returnUrl, "JZ-CLERK-10", "Clerk-Pass-2026!");
        var changes = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ-CLERK-10/changes");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("该账号已停用", page, StringComparison.Ordinal);
        Assert.Equal(["created", "disabled"], changes.EnumerateArray().Select(c => c.GetProperty("change").GetString()));
        Assert.NotEmpty(key);
    }

    [Fact]
    public async Task An_admin_moves_a_clerk_to_another_office_and_role_the_next_refresh_names_them_and_the_move_is_kept()
    {
        using var admin = await AdminAsync();
        using var created = await admin.PostAsJsonAsync("/admin/staff", new { staffNumber = "JZ-CLERK-13", displayName = "周敏", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authenticatorKey").GetString()!;
        using var flow = Flow();
        var (_, tokens) = await flow.SignInAsync("JZ-CLERK-13", "Clerk-Pass-2026!", () => SignInFlow.Code(key));

        using var moved = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-13/assignment", new { officeRegion = "419001", role = "auditor" });
        using var badRegion = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-13/assignment", new { officeRegion = "4190", role = "auditor" });
        var (renewal, renewed) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = ProviderUnderTest.Workbench, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        var changes = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ-CLERK-13/changes");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewal);
        var access = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(renewed.GetProperty("access_token").GetString());
        Assert.Equal(("auditor", "419001"), (access.GetPayloadValue<string>("role"), access.GetPayloadValue<string>("region_code")));
        var move = changes.EnumerateArray().Last();
        Assert.Equal(("reassigned", "ADMIN-T1"), (move.GetProperty("change").GetString(), move.GetProperty("changedBy").GetString()));
        Assert.Contains("auditor，419001", move.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_allows_a_counter_clerk_to_review_and_the_next_refresh_carries_the_permission_an_auditor_cannot_have()
    {
        using var admin = await AdminAsync();
        using var created = await admin.PostAsJsonAsync("/admin/staff", new { staffNumber = "JZ-CLERK-14", displayName = "吴芳", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authenticatorKey").GetString()!;
        using var flow = Flow();
        var (_, tokens) = await flow.SignInAsync("JZ-CLERK-14", "Clerk-Pass-2026!", () => SignInFlow.Code(key));
        var before = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(tokens.GetProperty("access_token").GetString());

        using var allowed = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-14/assignment", new { officeRegion = "410800", role = "counter", mayReview = true });
        using var auditor = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-14/assignment", new { officeRegion = "410800", role = "auditor", mayReview = true });
        var (renewal, renewed) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = ProviderUnderTest.Workbench, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        var changes = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ-CLERK-14/changes");

        Assert.False(before.TryGetPayloadValue<string>("review", out _));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, auditor.StatusCode);
        Assert.Contains("mayReview", await auditor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, renewal);
        var access = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(renewed.GetProperty("access_token").GetString());
        Assert.Equal(("counter", "true"), (access.GetPayloadValue<string>("role"), access.GetPayloadValue<string>("review")));
        Assert.Contains("counter，410800，可复核", changes.EnumerateArray().Last().GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admins_token_manages_accounts()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(Provider.Address) };
        using var bank = new HttpClient { BaseAddress = new Uri(Provider.Address) };
        bank.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Provider.TokenAsync(ProviderUnderTest.BankClient));
        var account = new { staffNumber = "JZ-CLERK-11", displayName = "冒名", officeRegion = "410800", role = "admin", password = "Clerk-Pass-2026!" };

        using var withoutToken = await anonymous.PostAsJsonAsync("/admin/staff", account);
        using var withBankToken = await bank.PostAsJsonAsync("/admin/staff", account);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withBankToken.StatusCode);
    }

    [Theory]
    [InlineData("jz clerk", "counter", "410800", "staffNumber")]
    [InlineData("JZ-CLERK-12", "superuser", "410800", "role")]
    [InlineData("JZ-CLERK-12", "counter", "410000", "officeRegion")]
    [InlineData("JZ-CLERK-12", "counter", "", "officeRegion")]
    public async Task Bad_input_is_400_naming_the_field(string staffNumber, string role, string region, string field)
    {
        using var admin = await AdminAsync();

        using var refused = await admin.PostAsJsonAsync("/admin/staff", new { staffNumber, displayName = "测试", officeRegion = region, role, password = "Clerk-Pass-2026!" });
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(field, body.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    private Task<HttpClient> AdminAsync() => Provider.AdminAsync();
}
