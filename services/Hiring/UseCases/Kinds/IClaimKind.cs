using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// One kind of claim as the service takes it: previewed (judged, nothing stored) and submitted (judged
/// again and stored once). Each kind lives in its own folder under <c>Kinds/</c> and is found by its
/// <see cref="V1.SubsidyKind"/> (<see cref="ClaimKinds"/>); most derive from <see cref="ClaimKind{TJudged}"/>,
/// which holds what every submission does.
/// </summary>
public interface IClaimKind : ISubsidyKind<V1.SubmitClaimRequest, V1.HiringClaim>;

/// <summary>Judges a whole claim of one kind from the request and what the registry and the stored claims say; writes nothing.</summary>
public interface IClaimJudging<TJudged>
{
    Task<TJudged> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken);
}
