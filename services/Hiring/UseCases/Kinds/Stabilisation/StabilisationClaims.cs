using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Hiring.UseCases.SelfChecks;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Records;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 稳岗返还 claims: judged again and, when the rules give the refund, stored as a claim of one item
/// holding the employer's refund year in the transaction of its answer. A year another standing claim
/// holds — found by the judgement, or by the unique index when a racing claim was stored in between — is
/// ALREADY_EXISTS naming that claim and the rule (R15); a refusal by the rules stores nothing
/// (FAILED_PRECONDITION naming the rules; no policy in force included).
/// </summary>
public sealed class StabilisationClaims(ClaimStore store, StabilisationClaimJudging judging) : ClaimKind<JudgedStabilisationClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    private const string Field = "refund_year";

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.StabilisationRefund, "失业保险稳岗返还", "hiring.stabilisation", "stabilisation", "refund_year") { AskedToo = ["employer"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedStabilisation>();
        services.TryAddSingleton<SelfCheckStabilisation>();
        services.AddSelfCheckForm(SelfCheckStabilisation.Form);
        services.TryAddSingleton(provider => new StabilisationJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<StabilisationClaimJudging>();
    }

    /// <summary>A 稳岗返还 claim judged, not stored: its one item with the facts read and the year a standing claim may already hold (R15).</summary>
    protected override V1.HiringClaim Preview(JudgedStabilisationClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.StabilisationRefund, judged.Judgement.AmountFen);
        answer.Items.Add(new V1.ClaimItemResult
        {
            Approved = judged.Judgement.Approved && judged.HeldBy is null,
            Amount = new Money { Fen = judged.Judgement.AmountFen },
            Explanation = judged.Judgement.Explanation,
            ConflictingClaimReference = judged.HeldBy ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = judged.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(judged.Claim.SubmittedOn),
            RefundYear = judged.Judgement.RefundYear,
            Stabilisation = judged.Read,
        });
        return answer;
    }

    protected override void EnsureGranted(JudgedStabilisationClaim judged)
    {
        if (judged.HeldBy is { } first)
        {
            throw RefundOncePerYear.AlreadyRefunded(Field, judged.Judgement.RefundYear, first);
        }

        var creditMasked = IdentityNumbers.IdMasking.CreditCode(judged.Claimant.CreditCode);
        ClaimShape.EnsureGranted("stabilisation", 0, creditMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
    }

    /// <summary>One claim per refund year.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.OneEach(employer, items, (claim, item) => claim.RefundYear = item.RefundYear);

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(item);
        // The year refunded is the year before the one the item is dated in.
        answer.RefundYear = item.ContractStart.Year - 1;
        answer.Stabilisation = item.Given is { } given ? V1.StabilisationFacts.Parser.ParseFrom(given) : null;
    }

    protected override HiringClaimRecord Record(string claimId, JudgedStabilisationClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.StabilisationRefund, judged.Claimant, request, judged.Read.EvidenceReference, judged.Judgement.AmountFen, clerk, now);
        record.InsuredAsUnit = judged.Claim.InsuredAsUnit;
        // The employer is the claimant and no person is named (the notice shows the employer only).
        var row = ClaimShape.AddItem(record, 1, null, judged.Judgement.AmountFen, judged.Judgement.Explanation.ToByteArray(), clerk, now);
        row.StandingOnceKey = judged.OnceKey;
        row.ContractStart = judged.Claim.SubmittedOn;
        row.Given = judged.Read.ToByteArray();
        return record;
    }

    /// <summary>A racing claim took the refund year between our judgement and our write (R15).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedStabilisationClaim judged, CancellationToken cancellationToken) =>
        await Store.Db.ClaimHoldingAsync(judged.OnceKey, cancellationToken) is { } first
            ? RefundOncePerYear.AlreadyRefunded(Field, judged.Judgement.RefundYear, first)
            : null;
}
