using Employment.Persistence.Submissions;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The kinds of claim this service takes, one line each (each in its folder under <c>Kinds/</c>); the order
/// is the order clerks read them in. The module registers them from here, and the keys the service requires
/// for their measures (<see cref="Domain.HiringPolicyKeys.All"/>) are derived from here.
/// </summary>
public static class ClaimKindList
{
    public static SubsidyKindList<V1.SubsidyKind, IClaimKind> Kinds { get; } = new SubsidyKindList<V1.SubsidyKind, IClaimKind>()
        .Add<OneOffHireClaims>()
        .Add<SocialInsuranceClaims>()
        .Add<TraineeClaims>()
        .Add<StartupClaims>()
        .Add<StabilisationClaims>()
        .Add<FlexibleWorkerClaims>()
        .Add<TransportClaims>()
        .Add<ReferralClaims>()
        .Add<OperatingSubsidyClaims>();
}
