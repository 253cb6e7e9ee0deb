using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A hiring kind's claim as the shared submission takes it (<see cref="SubsidyKind{TRequest, TJudged, TRecord, TAnswer}"/>):
/// judged again in the transaction of its answer, refused as a whole when an item is refused
/// (ALREADY_EXISTS naming a standing claim, else FAILED_PRECONDITION naming the item and the rules), and
/// stored with its items and the rows that hold what it pays for.
/// </summary>
/// <typeparam name="TJudged">The kind's judgement of a whole claim.</typeparam>
public abstract class ClaimKind<TJudged>(ClaimStore store, IClaimJudging<TJudged> judging)
    : SubsidyKind<V1.SubmitClaimRequest, TJudged, HiringClaimRecord, V1.HiringClaim>(store), IClaimKind
    where TJudged : class
{
    protected ClaimStore Store => store;

    protected override Task<TJudged> JudgeAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        judging.JudgeAsync(request, clerk, cancellationToken);

    /// <summary>The kind's record, with the 申报材料 it came with checked against its region's list on the day received.</summary>
    protected sealed override Task<HiringClaimRecord> RecordAsync(string id, TJudged judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = Record(id, judged, request, clerk, now);
        record.Received = store.MaterialsOf(request, record.Region, record.ReceivedOn, clerk);
        return Task.FromResult(record);
    }

    /// <summary>
    /// 坚持申请: each item the rules refuse (its explanation not passed; every item where none is found) is refused now by
    /// the clerk who took it and frees what it held; the rest wait for the clerk's decision, the total theirs.
    /// </summary>
    protected override Task RefuseAsTakenAsync(HiringClaimRecord record, Caller clerk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(clerk);
        var refused = record.Items.Where(i => Explanation.Parser.ParseFrom(i.Explanation).Outcome != Outcome.Passed).ToList();
        foreach (var item in refused.Count > 0 ? refused : [.. record.Items])
        {
            item.Status = (int)ClaimStatus.Rejected;
            item.DecisionReasonZh = SubsidyKindInsistence.ReasonZh;
            item.DecidedBy = clerk.Subject;
            item.DecidedAt = now;
            DecideClaimItem.ReleaseTaken(store.Db, record.Id, item);
        }

        record.Status = (int)ClaimItemDecision.ClaimStatusOf([.. record.Items.Select(i => (ClaimStatus)i.Status)]);
        record.TotalFen = record.Items.Where(i => (ClaimStatus)i.Status != ClaimStatus.Rejected).Sum(i => i.AmountFen);
        return Task.CompletedTask;
    }

    public abstract void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item);

    public abstract IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items);

    /// <summary>Not by default: most kinds' owed items are claimed part by part.</summary>
    public virtual bool OwedAsOneClaim => false;

    /// <summary>None by default: most claims are an employer's.</summary>
    public virtual string ApplicantNameMasked(HiringClaimRecord claim) => "";

    /// <summary>The claim to store with its items; rows that hold what it pays for are added to <see cref="ClaimStore.Db"/>.</summary>
    protected abstract HiringClaimRecord Record(string claimId, TJudged judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now);
}
