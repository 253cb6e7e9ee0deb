using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// A member of staff's 工号 has one writer: when an admin opens an account naming the staff member's identity number,
/// this provider gives the registry person that 工号 (the 优亲厚友 audit finds a clerk's decisions by it); a number
/// the registry does not hold opens no account. Every account, the ones there at start and each an admin opens, moves
/// or disables, reaches the registry's 工作人员名录, where the deciding services read whom a record may be handed to.
/// </summary>
public sealed class StaffNumberInTheRegistryTests : WithStandInCitizens
{
    /// <summary>The demo staff: accounts seeded before the provider starts, never through the admin's calls.</summary>
    protected override string[] Settings => ["--IdentityProvider:DemoStaff=true"];

    [Fact(Timeout = 120_000)]
    public async Task An_account_opened_for_a_registered_person_gives_them_its_staff_number_in_the_registry_and_an_unregistered_one_opens_none()
    {
        using var admin = await Provider.AdminAsync();
        var stranger = "41080219900101123";

        using var opened = await admin.PostAsJsonAsync("/admin/staff", new
        {
            staffNumber = "JZ-CLERK-21", displayName = "王小明", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!", idNumber = DemoNumber,
        });
        using var refused = await admin.PostAsJsonAsync("/admin/staff", new
        {
            staffNumber = "JZ-CLERK-22", displayName = "无名", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!",
            idNumber = stranger + Employment.IdentityNumbers.ResidentIdNumber.ComputeCheckCharacter(stranger),
        });
        var counter = new TokenIssuer(DevelopmentKey.CreateSigningKey(), ProviderUnderTest.Issuer, TestCallers.Options.Audience)
            .Issue(new Caller(CallerRole.Counter, "JZ-CLERK-01", RegionCode: "410800"), TimeSpan.FromMinutes(5));
        var person = await Registry.Client<Applicants.ApplicantsClient>()
            .GetPersonAsync(new GetPersonRequest { Person = new PersonKey { PersonId = DemoPersonId } }, TestCallers.Bearer(counter));
        using var secondTry = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-22/disable", new { });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(DemoPersonId, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personId").GetString());
        Assert.Equal("JZ-CLERK-21", person.StaffId);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("idNumber", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, secondTry.StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Accounts_reach_the_registrys_staff_directory_at_start_and_after_each_change_an_admin_makes()
    {
        using var admin = await Provider.AdminAsync();
        var registry = Registry.Client<Applicants.ApplicantsClient>();
        var service = TestCallers.Bearer(new TokenIssuer(DevelopmentKey.CreateSigningKey(), ProviderUnderTest.Issuer, TestCallers.Options.Audience)
            .Issue(new Caller(CallerRole.Service, "training-subsidies"), TimeSpan.FromMinutes(5)));
        async Task<StaffDirectoryEntry?> FoundAsync(string staffNumber)
        {
            try
            {
                return await registry.FindStaffMemberAsync(new FindStaffMemberRequest { StaffId = staffNumber }, service);
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                return null;
            }
        }

        var atStart = await Eventually.ReturnsAsync(() => FoundAsync("JZ-REVIEW-01"), m => m is not null, "the demo reviewer, seeded before the start, in 工作人员名录");
        using var opened = await admin.PostAsJsonAsync("/admin/staff", new
        {
            staffNumber = "JZ-CLERK-31", displayName = "刘洋", officeRegion = "410800", role = "counter", password = "Clerk-Pass-2026!", mayReview = true,
        });
        var recorded = await Eventually.ReturnsAsync(() => FoundAsync("JZ-CLERK-31"), m => m is not null, "the new clerk in 工作人员名录");
        using var moved = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-31/assignment", new { officeRegion = "419001", role = "counter", mayReview = false });
        using var disabled = await admin.PostAsJsonAsync("/admin/staff/JZ-CLERK-31/disable", new { });
        var last = await Eventually.ReturnsAsync(() => FoundAsync("JZ-CLERK-31"), m => m is { Disabled: true, OfficeRegion: "419001" }, "the clerk moved to Jiyuan and disabled, in 工作人员名录");

        Assert.Equal(new StaffDirectoryEntry { StaffId = "JZ-REVIEW-01", OfficeRegion = "410800", Role = "counter", MayReview = true }, atStart);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(new StaffDirectoryEntry { StaffId = "JZ-CLERK-31", OfficeRegion = "410800", Role = "counter", MayReview = true }, recorded);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.False(last!.MayReview);
    }
}
