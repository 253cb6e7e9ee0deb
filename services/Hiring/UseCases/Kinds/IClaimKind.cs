using Employment.Common.V1;
using Employment.Hiring.Data;
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
public interface IClaimKind : ISubsidyKind<V1.SubmitClaimRequest, V1.HiringClaim>
{
    /// <summary>A stored item as the contract answers it: the kind's own item field (what was given), which only the kind knows.</summary>
    void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item);

    /// <summary>The applicant's masked name for 办理进度: a person who claims, never an employer (which shows none).</summary>
    string ApplicantNameMasked(HiringClaimRecord claim);

    /// <summary>
    /// The claims a clerk submits for owed items of this kind that the owed list offers one claimant
    /// together (an employer's part, or one of a person's items); <paramref name="employer"/> is null for a
    /// person who claims for themself. Built from the items as judged, so the counter judges them alike.
    /// </summary>
    IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items);

    /// <summary>Whether an employer's owed items of this kind are one claim however many parts of the answer list them.</summary>
    bool OwedAsOneClaim { get; }
}

/// <summary>Judges a whole claim of one kind from the request and what the registry and the stored claims say; writes nothing.</summary>
public interface IClaimJudging<TJudged>
{
    Task<TJudged> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken);
}
