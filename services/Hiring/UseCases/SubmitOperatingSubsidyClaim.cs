using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
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
/// 受理 a 运营补贴 claim: judged again and, when the rules pay it, stored with one item per paying cost month,
/// each holding the business's month (a unique key) in the transaction of its answer, so the yearly cap of a
/// later claim counts it. A month another standing claim holds — found by the judgement, or by the unique
/// index when a racing claim was stored in between — is ALREADY_EXISTS naming that claim and the month; a
/// refusal by the rules stores nothing (FAILED_PRECONDITION naming the rules).
/// </summary>
public sealed class SubmitOperatingSubsidyClaim(HiringDbContext db, OperatingSubsidyClaimJudging judging, ChinaClock clock, ILogger<SubmitOperatingSubsidyClaim> logger)
{
    private const string Field = "incubator_operating.costs";
    private const string Rule = "startup.operating_subsidy.month_paid_once";

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedOperatingClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                if (judged.HeldMonth is { } held)
                {
                    throw AlreadySubsidised(held.Month, held.ClaimId);
                }

                ClaimShape.EnsureGranted("incubator_operating", 0, judged.Founder.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
                var now = clock.Now;
                var record = ClaimShape.NewClaim(RecordIds.New(SubmitHireClaim.IdPrefix), V1.SubsidyKind.IncubatorOperating, judged.Claimant, request, judged.Evidence, judged.Judgement.AmountFen, clerk, now);
                var explanation = judged.Judgement.Explanation.ToByteArray();
                var no = 0;
                foreach (var month in judged.Judgement.PaidMonths)
                {
                    var cost = judged.Costs.First(c => c.Display == month.Month);
                    var row = new HiringClaimItemRecord
                    {
                        ClaimId = record.Id,
                        ItemNo = ++no,
                        Kind = record.Kind,
                        Status = (int)ClaimStatus.Submitted,
                        PersonId = judged.Founder.PersonId,
                        IdNumberMasked = judged.Founder.IdNumberMasked,
                        NameMasked = judged.Founder.NameMasked,
                        StandingOnceKey = JudgedOperatingClaim.Key(judged.Claimant.EmployerId, month.Month),
                        ContractStart = cost.FirstDay,
                        ContractEnd = judged.EnteredIncubator,
                        AmountFen = month.AmountFen,
                        Explanation = explanation,
                        Given = new V1.IncubatorCost { Year = cost.Year, Month = cost.Month, Cost = new Common.V1.Money { Fen = cost.CostFen } }.ToByteArray(),
                    };
                    row.StampCreated(clerk.Subject, now);
                    record.Items.Add(row);
                }

                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took one of these months between our judgement and our write (R14).
            db.ChangeTracker.Clear();
            var standing = await db.StandingOperatingMonthsAsync(judged.Claimant.EmployerId, CancellationToken.None);
            var taken = standing.FirstOrDefault(s => judged.Judgement.PaidMonths.Any(m => m.Month == s.Month));
            if (taken is null)
            {
                throw;
            }

            throw AlreadySubsidised(taken.Month, taken.ClaimId);
        }
    }

    private static DomainRuleException AlreadySubsidised(string month, string claimId) =>
        new(DomainRuleKind.AlreadyExists,
            $"该实体 {month} 的孵化基地运营补贴已由申请 {claimId} 申领；同一月份只补贴一次（裁定 R14）。 (field: {Field}; first claim: {claimId}; rule: {Rule})",
            field: Field, ruleId: Rule);
}
