using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Referral;
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
/// 受理 an agency's 职业介绍补贴 claim: judged again and, when every placement passes, stored with each
/// placement held (a unique key: job seeker, hiring employer, contract start) in the transaction of its
/// answer. A placement another standing claim holds — found by the judgement, or by the unique index when
/// a racing claim was stored in between — is ALREADY_EXISTS naming that claim and the rule (R26); any
/// other refusal stores nothing (FAILED_PRECONDITION naming referrals[i] and the rules).
/// </summary>
public sealed class SubmitReferralClaim(HiringDbContext db, ReferralClaimJudging judging, ChinaClock clock, ILogger<SubmitReferralClaim> logger)
{
    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedReferralClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                foreach (var item in judged.Items)
                {
                    if (item.Judgement.ConflictingClaimReference is { } first)
                    {
                        throw AlreadyClaimed(item, first);
                    }

                    ClaimShape.EnsureGranted($"referrals[{item.Index}]", item.Index, item.Person.IdNumberMasked, item.Judgement.Explanation, item.Judgement.Approved);
                }

                var now = clock.Now;
                var record = ClaimShape.NewClaim(RecordIds.New(SubmitHireClaim.IdPrefix), V1.SubsidyKind.JobReferral, judged.Claimant, request, judged.Evidence, judged.TotalFen, clerk, now);
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
                        StandingOnceKey = item.PlacementKey,
                        ContractStart = item.Contract.Start,
                        ContractEnd = item.ContractEnd,
                        OpenEnded = item.Contract.OpenEnded,
                        AmountFen = item.Judgement.AmountFen,
                        Explanation = item.Judgement.Explanation.ToByteArray(),
                        Given = item.Given.ToByteArray(),
                    };
                    row.StampCreated(clerk.Subject, now);
                    record.Items.Add(row);
                }

                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took one of these placements between our judgement and our write (R26).
            db.ChangeTracker.Clear();
            foreach (var item in judged.Items)
            {
                if (await db.ClaimHoldingAsync(item.PlacementKey, CancellationToken.None) is { } first)
                {
                    throw AlreadyClaimed(item, first);
                }
            }

            throw;
        }
    }

    private static DomainRuleException AlreadyClaimed(JudgedReferral item, string first)
    {
        var field = $"referrals[{item.Index}].person_id_number";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"第 {item.Index + 1} 项（{item.Person.IdNumberMasked}）的该次介绍就业已由申请 {first} 申领职业介绍补贴；同一次就业只补贴一次（裁定 R26）。 (field: {field}; first claim: {first}; rule: {OncePerPlacement.ReferralRule})",
            field: field, ruleId: OncePerPlacement.ReferralRule);
    }
}
