using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.SocialInsurance;
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
/// 受理 a flexible worker's social-insurance subsidy claim: judged again and, when the rules pay it, stored
/// with its months held for the person (the unique index of subsidised_months: one standing claim per
/// person and month, across every kind) in the transaction of its answer. A month another standing claim
/// holds is ALREADY_EXISTS naming it, the month and the rule; a refusal by the rules stores nothing.
/// </summary>
public sealed class SubmitFlexibleWorkerClaim(HiringDbContext db, FlexibleWorkerClaimJudging judging, ChinaClock clock, ILogger<SubmitFlexibleWorkerClaim> logger)
{
    private const string Field = "flexible_worker.contributions";

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedFlexibleWorkerClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                if (judged.HeldMonth is { } held)
                {
                    throw AlreadySubsidised(judged, held);
                }

                ClaimShape.EnsureGranted("flexible_worker", 0, judged.Person.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
                var now = clock.Now;
                // The person is the claimant: no employer; the decision region is where they are insured (R27).
                var record = new HiringClaimRecord
                {
                    Id = RecordIds.New(SubmitHireClaim.IdPrefix),
                    Kind = (int)V1.SubsidyKind.FlexibleSocialInsurance,
                    Status = (int)ClaimStatus.Submitted,
                    EmployerId = "",
                    EmployerCreditCode = "",
                    EmployerName = "",
                    Region = judged.Region.Code,
                    PaymentAccount = ClaimText.Account(request),
                    TotalFen = judged.Judgement.AmountFen,
                };
                record.StampCreated(clerk.Subject, now);
                var row = new HiringClaimItemRecord
                {
                    ClaimId = record.Id,
                    ItemNo = 1,
                    Kind = record.Kind,
                    Status = (int)ClaimStatus.Submitted,
                    PersonId = judged.Person.PersonId,
                    IdNumberMasked = judged.Person.IdNumberMasked,
                    NameMasked = judged.Person.NameMasked,
                    ContractStart = judged.FirstMonth,
                    SubsidisedMonths = string.Join(",", judged.Judgement.PaidMonths),
                    AmountFen = judged.Judgement.AmountFen,
                    Explanation = judged.Judgement.Explanation.ToByteArray(),
                    Given = judged.Given.ToByteArray(),
                };
                row.StampCreated(clerk.Subject, now);
                record.Items.Add(row);
                foreach (var month in judged.Judgement.PaidMonths)
                {
                    var holds = new SubsidisedMonthRecord { ClaimId = record.Id, ItemNo = 1, Month = month, PersonId = judged.Person.PersonId, StandingPerson = judged.Person.PersonId };
                    holds.StampCreated(clerk.Subject, now);
                    db.SubsidisedMonths.Add(holds);
                }

                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took one of these months between our judgement and our write (R21, R25).
            db.ChangeTracker.Clear();
            var standing = await db.StandingMonthsAsync([judged.Person.PersonId], CancellationToken.None);
            if (standing.TryGetValue(judged.Person.PersonId, out var months) && MonthsPaidOnce.FirstHeld([.. months], judged.Judgement.PaidMonths) is { } held)
            {
                throw AlreadySubsidised(judged, held);
            }

            throw;
        }
    }

    private static DomainRuleException AlreadySubsidised(JudgedFlexibleWorkerClaim judged, StandingMonth held) =>
        new(DomainRuleKind.AlreadyExists,
            $"{judged.Person.IdNumberMasked} {held.Month} 的社会保险补贴已由申请 {held.ClaimId} 申领；同一人同一月份只补贴一次（裁定 R21、R25）。 (field: {Field}; first claim: {held.ClaimId}; rule: {MonthsPaidOnce.Rule})",
            field: Field, ruleId: MonthsPaidOnce.Rule);
}
