using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Traineeships;
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
/// A host's 就业见习补贴 claims: every trainee judged and, when each passes, the claim stored with its
/// trainees, their paid months and explanations in the transaction of its answer. A trainee the rules
/// refuse stores nothing: FAILED_PRECONDITION naming trainees[i] and the rules. Each trainee's calendar
/// months are held for the person in <c>trainee_months</c> while the item stands, under a unique index: a
/// traineeship sharing a month with one a standing claim of any host holds — found by the judgement's
/// query, or by the index when a racing claim was stored in between — is ALREADY_EXISTS naming that claim
/// and the rule.
/// </summary>
public sealed class TraineeClaims(ClaimStore store, TraineeClaimJudging judging) : ClaimKind<JudgedTraineeClaim>(store, judging), IRegisteredKind<V1.SubsidyKind>
{
    public static IReadOnlyList<TakenKind<V1.SubsidyKind>> Taken { get; } = [new(V1.SubsidyKind.Traineeship, "就业见习补贴", "hiring.trainee", "trainees") { AskedToo = ["employer", "trainee_host"], Online = true }];

    public static void AddServices(IServiceCollection services)
    {
        services.AddOwedLeg<OwedTrainees>();
        services.TryAddSingleton<SelfCheckTraineeship>();
        services.AddSelfCheckForm(SelfCheckTraineeship.Form);
        services.TryAddSingleton(provider => new TraineeshipJudge(provider.GetRequiredService<PolicyCatalog>(), Taken[0].NameZh));
        services.TryAddScoped<TraineeClaimJudging>();
    }

    /// <summary>
    /// The trainees' turns first: a racing claim for one of them waits for ours to commit, then its cap
    /// counts our months (R11, R22; the month index alone cannot see two traineeships in different months).
    /// </summary>
    protected override Task<JudgedTraineeClaim> JudgeToStoreAsync(string id, V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken) =>
        judging.JudgeAsync(request, clerk, cancellationToken,
            people => Store.Db.TakeTraineeTurnsAsync(people, id, clerk.Subject, Store.Clock.Now, cancellationToken));

    /// <summary>A trainee claim judged, not stored: each trainee with its months, amount and explanation.</summary>
    protected override V1.HiringClaim Preview(JudgedTraineeClaim judged)
    {
        var answer = ClaimAnswers.PreviewHeader(judged.Claimant, V1.SubsidyKind.Traineeship, judged.TotalFen);
        answer.Items.AddRange(judged.Items.Select(i => new V1.ClaimItemResult
        {
            PersonIdNumber = i.Person.IdNumberMasked,
            NameMasked = i.Person.NameMasked,
            Approved = i.Judgement.Approved && i.Overlap is null,
            Amount = new Money { Fen = i.Judgement.AmountFen },
            Explanation = i.Judgement.Explanation,
            ConflictingClaimReference = i.Overlap?.ClaimId ?? "",
            Status = V1.ClaimStatus.Preview,
            PolicyInForce = ClaimAnswers.InForce(i.Judgement.Explanation, TraineeshipRuleIds.TraineePolicyInForce),
            EventDate = ProtoMapping.ToProto(i.Period.Start),
            Trainee = i.Given,
            PaidMonths = i.Judgement.PaidMonths,
        }));
        return answer;
    }

    protected override void EnsureGranted(JudgedTraineeClaim judged)
    {
        foreach (var item in judged.Items)
        {
            if (item.Overlap is { } first)
            {
                throw AlreadyHeld(item, first);
            }

            EnsureUnderCap(item);
            ClaimShape.EnsureGranted($"trainees[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Judgement.Explanation, item.Judgement.Approved);
        }
    }

    /// <summary>A host's trainees are one claim (the retention ratio reads them together): all of them, earliest traineeship first.</summary>
    public override IEnumerable<V1.SubmitClaimRequest> OwedClaims(EmployerKey? employer, IReadOnlyList<V1.OwedSubsidy> items) =>
        OwedClaimGrouping.Together(employer, [.. items.OrderBy(i => ProtoMapping.FromProto(i.Trainee.Traineeship.From)).ThenBy(i => i.Trainee.PersonId, StringComparer.Ordinal)], (claim, item) => claim.Trainees.Add(item.Trainee.Clone()));

    public override bool OwedAsOneClaim => true;

    public override void DescribeItem(V1.ClaimItemResult answer, HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        answer.Trainee = TraineeInput.Given(new TraineePeriod(item.ContractStart, item.ContractEnd ?? item.ContractStart, item.HiredOn), item.Retained, item.RealNameRegistered, item.HiredWithSocialInsurance, item.IdNumberMasked);
    }

    protected override HiringClaimRecord Record(string claimId, JudgedTraineeClaim judged, V1.SubmitClaimRequest request, Caller clerk, DateTimeOffset now)
    {
        var record = ClaimShape.NewClaim(claimId, V1.SubsidyKind.Traineeship, judged.Claimant, request, judged.HostEvidence, judged.TotalFen, clerk, now);
        record.TraineeHostRecognised = judged.Host.RecognisedByHrBureau;
        foreach (var item in judged.Items)
        {
            var given = request.Trainees[item.Index];
            var row = ClaimShape.AddItem(record, item.Index + 1, item.Person, item.Judgement.AmountFen, item.Judgement.Explanation.ToByteArray(), clerk, now);
            row.ContractStart = item.Period.Start;
            row.ContractEnd = item.Period.End;
            row.HiredOn = item.Period.HiredOn;
            row.HiredWithSocialInsurance = given.HiredWithSocialInsurance;
            row.Retained = given.Retained;
            row.RealNameRegistered = given.RealNameRegistered;
            row.PaidMonths = item.Judgement.PaidMonths;
            foreach (var month in TraineeshipsPaidOnce.HeldMonths(item.Period.Start, item.Period.End))
            {
                var held = new TraineeMonthRecord { ClaimId = record.Id, ItemNo = row.ItemNo, Month = month, PersonId = item.Person.PersonId, StandingPerson = item.Person.PersonId };
                held.StampCreated(clerk.Subject, now);
                Store.Db.TraineeMonths.Add(held);
            }
        }

        return record;
    }

    /// <summary>A racing claim took one of these trainee months between our judgement and our write (R11, R22).</summary>
    protected override async Task<DomainRuleException?> LostRaceAsync(JudgedTraineeClaim judged, CancellationToken cancellationToken)
    {
        var standing = await Store.Db.StandingTraineeshipsAsync((int)V1.SubsidyKind.Traineeship, judged.Items.Select(i => i.Person.PersonId).ToList(), cancellationToken);
        foreach (var item in judged.Items)
        {
            if (TraineeshipsPaidOnce.Overlapping(standing.TryGetValue(item.Person.PersonId, out var held) ? held : [], item.Period.Start, item.Period.End) is { } first)
            {
                return AlreadyHeld(item, first);
            }
        }

        return null;
    }

    private static DomainRuleException AlreadyHeld(JudgedTrainee item, StandingTraineeship first)
    {
        var field = $"trainees[{item.Index}].traineeship";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）的见习期间与申请 {first.ClaimId}（{first.Start:yyyy-MM-dd} 至 {first.End:yyyy-MM-dd}）有相同的见习月；同一见习月只补贴一次（裁定 R11、R22）。 (field: {field}; first claim: {first.ClaimId}; rule: {TraineeshipsPaidOnce.Rule})",
            field: field, ruleId: TraineeshipsPaidOnce.Rule);
    }

    /// <summary>
    /// R11, R22: a trainee whose standing claims already reach the person's cap is refused naming those claims
    /// (also the one that won a race: its months are counted once our turn came, <see cref="TraineeCapTurns"/>).
    /// </summary>
    private static void EnsureUnderCap(JudgedTrainee item)
    {
        var cap = item.Judgement.Explanation.Checks.FirstOrDefault(c => c.RuleId == TraineeshipJudge.MonthsPerPersonRule && !c.Passed);
        if (cap is null)
        {
            return;
        }

        var field = $"trainees[{item.Index}]";
        var earlier = cap.FactsUsed.FirstOrDefault(f => f.Name == TraineeshipJudge.EarlierClaimsFact)?.Value ?? "";
        throw DomainRuleException.NotAllowed(
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）不符合条件：{cap.DescriptionZh}；{TraineeshipJudge.EarlierClaimsFact}：{earlier} (field: {field}; rules: {TraineeshipJudge.MonthsPerPersonRule})",
            TraineeshipJudge.MonthsPerPersonRule);
    }
}
