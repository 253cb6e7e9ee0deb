namespace Employment.ServiceDefaults.Security;

/// <summary>A staff account as the identity provider last recorded it in 工作人员名录: its office, role, 复核 and whether it is disabled.</summary>
public sealed record StaffMemberFacts(string StaffId, string OfficeRegion, string Role, bool MayReview, bool Disabled);

/// <summary>
/// 工作人员名录: the identity provider's staff accounts, which it records in the registry on every change, read by
/// the deciding services to tell whom a record may be handed to (ProfileCache's RegistryStaffDirectory).
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The account of <paramref name="staffId"/>; null when the identity provider has none.</summary>
    /// <exception cref="Grpc.Core.RpcException">UNAVAILABLE when the registry cannot say.</exception>
    Task<StaffMemberFacts?> FindAsync(string staffId, CancellationToken cancellationToken);
}
