using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Traineeships;
using Employment.Persistence;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 受理 a host's 就业见习补贴 claim: judges every trainee and, when each passes, stores the claim with its
/// trainees, their paid months and explanations in the transaction of its answer (durable before the
/// answer; a retry with the key gets the first answer). A trainee the rules refuse stores nothing:
/// FAILED_PRECONDITION naming trainees[i] and the rules. Each trainee's calendar months are held for the
/// person in <c>trainee_months</c> while the item stands, under a unique index: a traineeship sharing a
/// month with one a standing claim of any host holds — found by the judgement's query, or by the index when
/// a racing claim was stored in between — is ALREADY_EXISTS naming that claim and the rule.
/// </summary>
public sealed class SubmitTraineeClaim(HiringDbContext db, TraineeClaimJudging judging, ChinaClock clock, ILogger<SubmitTraineeClaim> logger)
{
    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedTraineeClaim? judged = null;
        try
        {
            return await StoreAsync(request, clerk, j => judged = j, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took one of these trainee months between our judgement and our write (R11, R22).
            db.ChangeTracker.Clear();
            var standing = await db.StandingTraineeshipsAsync(judged.Items.Select(i => i.Person.PersonId).ToList(), CancellationToken.None);
            foreach (var item in judged.Items)
            {
                if (TraineeshipsPaidOnce.Overlapping(standing.TryGetValue(item.Person.PersonId, out var held) ? held : [], item.Period.Start, item.Period.End) is { } first)
                {
                    throw AlreadyHeld(item, first);
                }
            }

            throw;
        }
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

    private async Task<V1.HiringClaim> StoreAsync(V1.SubmitClaimRequest request, Caller clerk, Action<JudgedTraineeClaim> judgedAs, CancellationToken cancellationToken)
    {
        return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
        {
            var id = RecordIds.New(SubmitHireClaim.IdPrefix);
            // The trainees' turns first: a racing claim for one of them waits for ours to commit, then its cap
            // counts our months (R11, R22; the month index alone cannot see two traineeships in different months).
            var judged = await judging.JudgeAsync(request, clerk, cancellationToken,
                people => db.TakeTraineeTurnsAsync(people, id, clerk.Subject, clock.Now, cancellationToken));
            judgedAs(judged);
            foreach (var item in judged.Items)
            {
                if (item.Overlap is { } first)
                {
                    throw AlreadyHeld(item, first);
                }

                EnsureUnderCap(item);
                ClaimShape.EnsureGranted($"trainees[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Judgement.Explanation, item.Judgement.Approved);
            }

            var now = clock.Now;
            var record = ClaimShape.NewClaim(id, V1.SubsidyKind.Traineeship, judged.Claimant, request, judged.HostEvidence, judged.TotalFen, clerk, now);
            record.TraineeHostRecognised = judged.Host.RecognisedByHrBureau;
            foreach (var item in judged.Items)
            {
                var given = request.Trainees[item.Index];
                var row = new HiringClaimItemRecord
                {
                    ClaimId = record.Id,
                    ItemNo = item.Index + 1,
                    Kind = record.Kind,
                    Status = (int)ClaimStatus.Submitted,
                    PersonId = item.Person.PersonId,
                    IdNumberMasked = item.Person.IdNumberMasked,
                    NameMasked = item.Person.NameMasked,
                    ContractStart = item.Period.Start,
                    ContractEnd = item.Period.End,
                    HiredOn = item.Period.HiredOn,
                    HiredWithSocialInsurance = given.HiredWithSocialInsurance,
                    Retained = given.Retained,
                    RealNameRegistered = given.RealNameRegistered,
                    PaidMonths = item.Judgement.PaidMonths,
                    AmountFen = item.Judgement.AmountFen,
                    Explanation = item.Judgement.Explanation.ToByteArray(),
                };
                row.StampCreated(clerk.Subject, now);
                record.Items.Add(row);
                foreach (var month in TraineeshipsPaidOnce.HeldMonths(item.Period.Start, item.Period.End))
                {
                    var held = new TraineeMonthRecord { ClaimId = record.Id, ItemNo = row.ItemNo, Month = month, PersonId = item.Person.PersonId, StandingPerson = item.Person.PersonId };
                    held.StampCreated(clerk.Subject, now);
                    db.TraineeMonths.Add(held);
                }
            }

            return record;
        }, cancellationToken);
    }
}
