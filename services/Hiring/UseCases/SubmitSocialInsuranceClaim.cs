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
/// 受理 a social-insurance subsidy claim for hires: judged again and, when every hire passes, stored with
/// each hire's subsidised months (held for the person while the item stands) in the transaction of its
/// answer. A month another claim already subsidises — found by the judgement, or by the unique index
/// when a racing claim was stored in between — is ALREADY_EXISTS naming that claim, the month and the
/// rule; any other refusal stores nothing (FAILED_PRECONDITION naming hires[i] and the rules).
/// </summary>
public sealed class SubmitSocialInsuranceClaim(HiringDbContext db, SocialInsuranceClaimJudging judging, ChinaClock clock, ILogger<SubmitSocialInsuranceClaim> logger)
{
    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedSocialInsuranceClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                foreach (var item in judged.Items)
                {
                    if (item.HeldMonth is { } held)
                    {
                        throw AlreadySubsidised(item, held);
                    }

                    ClaimShape.EnsureGranted($"hires[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Explanation, item.Judgement.Approved);
                }

                var now = clock.Now;
                var record = ClaimShape.NewClaim(RecordIds.New(SubmitHireClaim.IdPrefix), V1.SubsidyKind.SocialInsurance, judged.Claimant, request,
                    request.IndividualBusiness?.EvidenceReference.Trim() ?? "", judged.TotalFen, clerk, now);
                record.InsuredAsUnit = judged.Employer.InsuredAsUnit;
                record.HasEmployees = judged.Employer.HasEmployees;
                foreach (var item in judged.Items)
                {
                    var row = new HiringClaimItemRecord
                    {
                        ClaimId = record.Id,
                        ItemNo = item.Index + 1,
                        Kind = record.Kind,
                        Status = (int)ClaimStatus.Submitted,
                        PersonId = item.Person.PersonId,
                        IdNumberMasked = item.Person.IdNumberMasked,
                        NameMasked = item.Person.NameMasked,
                        ContractStart = item.Contract.Start,
                        ContractEnd = item.ContractEnd,
                        OpenEnded = item.Contract.OpenEnded,
                        SubsidisedMonths = string.Join(",", item.SubsidisedMonths),
                        AmountFen = item.Judgement.AmountFen,
                        Explanation = item.Explanation.ToByteArray(),
                    };
                    row.StampCreated(clerk.Subject, now);
                    record.Items.Add(row);
                    foreach (var month in item.SubsidisedMonths)
                    {
                        var held = new SubsidisedMonthRecord { ClaimId = record.Id, ItemNo = row.ItemNo, Month = month, PersonId = item.Person.PersonId, StandingPerson = item.Person.PersonId };
                        held.StampCreated(clerk.Subject, now);
                        db.SubsidisedMonths.Add(held);
                    }
                }

                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took one of these months between our judgement and our write (R21, R25).
            db.ChangeTracker.Clear();
            var standing = await db.StandingMonthsAsync(judged.Items.Select(i => i.Person.PersonId).ToList(), CancellationToken.None);
            foreach (var item in judged.Items)
            {
                if (standing.TryGetValue(item.Person.PersonId, out var months) && MonthsPaidOnce.FirstHeld([.. months], item.SubsidisedMonths) is { } held)
                {
                    throw AlreadySubsidised(item, held);
                }
            }

            throw;
        }
    }

    private static DomainRuleException AlreadySubsidised(JudgedSocialInsuranceHire item, StandingMonth held)
    {
        var field = $"hires[{item.Index}].contributions";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）{held.Month} 的社会保险补贴已由申请 {held.ClaimId} 申领；同一月份只补贴一次（裁定 R21、R25）。 (field: {field}; first claim: {held.ClaimId}; rule: {MonthsPaidOnce.Rule})",
            field: field, ruleId: MonthsPaidOnce.Rule);
    }
}
