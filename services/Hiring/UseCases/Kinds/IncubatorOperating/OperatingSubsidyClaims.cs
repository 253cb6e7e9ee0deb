using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.StartupSubsidies;
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
/// 运营补贴 claims: judged again and, when the rules pay it, stored with one item per paying cost month,
/// each holding the business's month (a unique key) in the transaction of its answer, so the yearly cap of a
/// later claim counts it. A month another standing claim holds — found by the judgement, or by the unique
/// index when a racing claim was stored in between — is ALREADY_EXISTS naming that claim and the month; a
/// refusal by the rules stores nothing (FAILED_PRECONDITION naming the rules).
/// </summary>
public sealed class OperatingSubsidyClaims(ClaimStore store, OperatingSubsidyClaimJudging judging) : ClaimKind<JudgedOperatingClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    private const string Field = "incubator_operating.costs";
    private const string Rule = "startup.operating_subsidy.month_paid_once";

    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.IncubatorOperating, "创业孵化基地运营补贴", "startup.operating_subsidy", "incubator_operating") { AskedToo = ["employer"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedOperating>();
        services.TryAddSingleton<SelfCheckIncubator>();
        services.AddSelfCheckForm(SelfCheckIncubator.Form);
        services.TryAddSingleton(provider => new OperatingSubsidyJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<OperatingSubsidyClaimJudging>();
    }

    /// <summary>A 运营补贴 claim judged, not stored: one item per paying cost month (a claim that pays nothing has none), each with the claim's explanation.</summary>
    protected override V1.HiringClaim Preview(JudgedOperatingClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.IncubatorOperating, judged.Judgement.AmountFen);
        answer.EmployerExplanation = judged.Judgement.Explanation;
        answer.Items.AddRange(judged.Judgement.PaidMonths.Select(m =>
        {
            var cost = judged.Costs.First(c => c.Display == m.Month);
            return new V1.ClaimItemResult
            {
                PersonIdNumber = judged.Founder.IdNumberMasked,
                NameMasked = judged.Founder.NameMasked,
                Approved = judged.HeldMonth is null,
                Amount = new Money { Fen = m.AmountFen },
                Explanation = judged.Judgement.Explanation,
                ConflictingClaimReference = judged.HeldMonth?.ClaimId ?? "",
                Status = V1.ClaimStatus.Preview,
                PolicyInForce = judged.Judgement.PolicyInForce,
                EventDate = ProtoMapping.ToProto(cost.FirstDay),
                IncubatorCost = new V1.IncubatorCost { Year = cost.Year, Month = cost.Month, Cost = new Money { Fen = cost.CostFen } },
            };
        }));
        return answer;
    }

    protected override void EnsureGranted(JudgedOperatingClaim judged)
    {
        if (judged.HeldMonth is { } held)
        {
            throw AlreadySubsidised(held.Month, held.ClaimId);
        }

        ClaimShape.EnsureGranted("incubator_operating", 0, judged.Founder.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
    }

    /// <summary>One claim per founder's incubator months.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.OneEach(employer, items, (claim, item) => claim.IncubatorOperating = item.IncubatorOperating.Clone());

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.IncubatorCost = item.Given is { } given ? V1.IncubatorCost.Parser.ParseFrom(given) : null;
    }

    protected override HiringClaimRecord Record(string claimId, JudgedOperatingClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.IncubatorOperating, judged.Claimant, request, judged.Evidence, judged.Judgement.AmountFen, clerk, now);
        var explanation = judged.Judgement.Explanation.ToByteArray();
        var no = 0;
        foreach (var month in judged.Judgement.PaidMonths)
        {
            var cost = judged.Costs.First(c => c.Display == month.Month);
            var row = ClaimShape.AddItem(record, ++no, judged.Founder, month.AmountFen, explanation, clerk, now);
            row.StandingOnceKey = JudgedOperatingClaim.Key(judged.Claimant.EmployerId, month.Month);
            row.ContractStart = cost.FirstDay;
            row.ContractEnd = judged.EnteredIncubator;
            row.Given = new V1.IncubatorCost { Year = cost.Year, Month = cost.Month, Cost = new Money { Fen = cost.CostFen } }.ToByteArray();
        }

        return record;
    }

    /// <summary>A racing claim took one of these months between our judgement and our write (R14).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedOperatingClaim judged, CancellationToken cancellationToken)
    {
        var standing = await Store.Db.StandingOperatingMonthsAsync(judged.Claimant.EmployerId, cancellationToken);
        var taken = standing.FirstOrDefault(s => judged.Judgement.PaidMonths.Any(m => m.Month == s.Month));
        return taken is null ? null : AlreadySubsidised(taken.Month, taken.ClaimId);
    }

    private static DomainRuleException AlreadySubsidised(string month, string claimId) =>
        new(DomainRuleKind.AlreadyExists,
            $"该实体 {month} 的孵化基地运营补贴已由申请 {claimId} 申领；同一月份只补贴一次（裁定 R14）。 (field: {Field}; first claim: {claimId}; rule: {Rule})",
            field: Field, ruleId: Rule);
}
