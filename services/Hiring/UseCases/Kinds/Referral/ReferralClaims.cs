using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Referral;
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
/// An agency's 职业介绍补贴 claim: judged again and, when every placement passes, stored with each
/// placement held (a unique key: job seeker, hiring employer, contract start) in the transaction of its
/// answer. A placement another standing claim holds — found by the judgement, or by the unique index when
/// a racing claim was stored in between — is ALREADY_EXISTS naming that claim and the rule (R26); any
/// other refusal stores nothing (FAILED_PRECONDITION naming referrals[i] and the rules).
/// </summary>
public sealed class ReferralClaims(ClaimStore store, ReferralClaimJudging judging) : ClaimKind<JudgedReferralClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.JobReferral, "职业介绍补贴", "hiring.job_referral", "referrals") { AskedToo = ["employer", "referral_agency"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedReferrals>();
        services.TryAddSingleton(provider => new ReferralSubsidyJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<ReferralClaimJudging>();
    }

    /// <summary>An agency's referral claim judged, not stored: one item per placement, with the claim that already holds it (R26).</summary>
    protected override V1.HiringClaim Preview(JudgedReferralClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.JobReferral, judged.TotalFen);
        answer.Items.AddRange(judged.Items.Select(i => new V1.ClaimItemResult
        {
            PersonIdNumber = i.Person.IdNumberMasked,
            NameMasked = i.Person.NameMasked,
            Approved = i.Judgement.Approved,
            Amount = new Money { Fen = i.Judgement.AmountFen },
            Explanation = i.Judgement.Explanation,
            ConflictingClaimReference = i.Judgement.ConflictingClaimReference ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = i.Judgement.PolicyInForce,
            EventDate = ProtoMapping.ToProto(i.Contract.Start),
            Referral = i.Given,
        }));
        return answer;
    }

    protected override void EnsureGranted(JudgedReferralClaim judged)
    {
        foreach (var item in judged.Items)
        {
            if (item.Judgement.ConflictingClaimReference is { } first)
            {
                throw AlreadyClaimed(item, first);
            }

            ClaimShape.EnsureGranted($"referrals[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Judgement.Explanation, item.Judgement.Approved);
        }
    }

    /// <summary>An agency's owed placements as one claim: its recorded licence decides (R26).</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.Together(employer, items, (claim, item) => claim.Referrals.Add(item.Referral.Clone()));

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Referral = item.Given is { } given ? V1.ReferralItem.Parser.ParseFrom(given) : null;
    }

    protected override HiringClaimRecord Record(string claimId, JudgedReferralClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.JobReferral, judged.Claimant, request, judged.Evidence, judged.TotalFen, clerk, now);
        foreach (var item in judged.Items)
        {
            var row = ClaimShape.AddItem(record, item.Index + 1, item.Person, item.Judgement.AmountFen, item.Judgement.Explanation.ToByteArray(), clerk, now);
            row.StandingOnceKey = item.PlacementKey;
            row.ContractStart = item.Contract.Start;
            row.ContractEnd = item.ContractEnd;
            row.OpenEnded = item.Contract.OpenEnded;
            row.Given = item.Given.ToByteArray();
        }

        return record;
    }

    /// <summary>A racing claim took one of these placements between our judgement and our write (R26).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedReferralClaim judged, CancellationToken cancellationToken)
    {
        foreach (var item in judged.Items)
        {
            if (await Store.Db.ClaimHoldingAsync(item.PlacementKey, cancellationToken) is { } first)
            {
                return AlreadyClaimed(item, first);
            }
        }

        return null;
    }

    private static DomainRuleException AlreadyClaimed(JudgedReferral item, string first)
    {
        var field = $"referrals[{item.Index}].person_id_number";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）的该次介绍就业已由申请 {first} 申领职业介绍补贴；同一次就业只补贴一次（裁定 R26）。 (field: {field}; first claim: {first}; rule: {OncePerPlacement.ReferralRule})",
            field: field, ruleId: OncePerPlacement.ReferralRule);
    }
}
