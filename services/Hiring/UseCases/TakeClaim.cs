using Employment.ServiceDefaults.Security;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 预审 and 受理 of a claim, at a counter or online (the typed RPCs and the lifecycle's shared take alike): the kind's
/// own judgement; a preview also checks the 申报材料 against the claimant's region's list, as taking it does.
/// </summary>
public sealed class TakeClaim(ClaimKinds kinds, ClaimStore store, ServiceDefaults.Time.ChinaClock clock)
{
    public async Task<V1.HiringClaim> PreviewAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var claim = await kinds.For(request, caller).PreviewAsync(request, caller, cancellationToken);
        store.MaterialsOf(request, claim.Region.Code, clock.Today, caller);
        return claim;
    }

    public Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken) =>
        kinds.For(request, caller).SubmitAsync(request, caller, cancellationToken);
}
