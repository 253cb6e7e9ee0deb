using Employment.Applicants.V1;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.ProfileCache;

/// <summary><see cref="IStaffDirectory"/> through the registry's FindStaffMember, where the identity provider records its accounts.</summary>
public sealed class RegistryStaffDirectory(ApplicantsApi.ApplicantsClient registry) : IStaffDirectory
{
    public async Task<StaffMemberFacts?> FindAsync(string staffId, CancellationToken cancellationToken)
    {
        try
        {
            var member = await registry.FindStaffMemberAsync(new FindStaffMemberRequest { StaffId = staffId }, cancellationToken: cancellationToken);
            return new StaffMemberFacts(member.StaffId, member.OfficeRegion, member.Role, member.MayReview, member.Disabled);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }
}
