using Employment.Applicants.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// 工作人员名录: the identity provider alone records its staff accounts (replacing an entry whole on each change);
/// a deciding service finds one by 工号 to tell whom a record may be handed to, and a 工号 with no account is NOT_FOUND.
/// </summary>
public sealed class StaffDirectoryTests(PostgresRegistry host) : IClassFixture<PostgresRegistry>
{
    [Fact(Timeout = 60_000)]
    public async Task The_identity_provider_records_an_account_and_a_deciding_service_finds_it_as_last_recorded()
    {
        var staffId = "JZ-DIR-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await StaffRecords.RecordAccountAsync(host.Client, staffId);
        await host.Client.RecordStaffMemberAsync(new StaffDirectoryEntry { StaffId = staffId, OfficeRegion = "410800", Role = "counter", MayReview = true, Disabled = true }, TestCallers.Service("identity-provider"));

        var found = await host.Client.FindStaffMemberAsync(new FindStaffMemberRequest { StaffId = staffId }, TestCallers.Service("training-subsidies"));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Client.FindStaffMemberAsync(new FindStaffMemberRequest { StaffId = "JZ-NO-ACCOUNT" }, TestCallers.Service("training-subsidies")).ResponseAsync);

        Assert.Equal(new StaffDirectoryEntry { StaffId = staffId, OfficeRegion = "410800", Role = "counter", MayReview = true, Disabled = true }, found);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task No_one_but_the_identity_provider_records_an_account_and_a_clerk_reads_none()
    {
        var entry = new StaffDirectoryEntry { StaffId = "JZ-FORGED-01", OfficeRegion = "410800", Role = "counter" };

        var byService = await Assert.ThrowsAsync<RpcException>(() => host.Client.RecordStaffMemberAsync(entry, TestCallers.Service("training-subsidies")).ResponseAsync);
        var byAdmin = await Assert.ThrowsAsync<RpcException>(() => host.Client.RecordStaffMemberAsync(entry, TestCallers.Admin()).ResponseAsync);
        var byClerk = await Assert.ThrowsAsync<RpcException>(() => host.Client.FindStaffMemberAsync(new FindStaffMemberRequest { StaffId = "JZ-FORGED-01" }, TestCallers.Counter()).ResponseAsync);
        var badRole = await Assert.ThrowsAsync<RpcException>(() => host.Client.RecordStaffMemberAsync(new StaffDirectoryEntry { StaffId = "JZ-ODD-01", OfficeRegion = "410800", Role = "chief" }, TestCallers.Service("identity-provider")).ResponseAsync);
        var noOffice = await Assert.ThrowsAsync<RpcException>(() => host.Client.RecordStaffMemberAsync(new StaffDirectoryEntry { StaffId = "JZ-ODD-02", Role = "counter" }, TestCallers.Service("identity-provider")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, byService.StatusCode);
        Assert.Contains("STAFF_DIRECTORY_WRITER_ONLY", byService.Said(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, byAdmin.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byClerk.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badRole.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noOffice.StatusCode);
    }
}
