using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Stabilisation;
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
/// 受理 a 稳岗返还 claim: judged again and, when the rules give the refund, stored as a claim of one item
/// holding the employer's refund year in the transaction of its answer. A year another standing claim
/// holds — found by the judgement, or by the unique index when a racing claim was stored in between — is
/// ALREADY_EXISTS naming that claim and the rule (R15); a refusal by the rules stores nothing
/// (FAILED_PRECONDITION naming the rules; no policy in force included).
/// </summary>
public sealed class SubmitStabilisationClaim(HiringDbContext db, StabilisationClaimJudging judging, ChinaClock clock, ILogger<SubmitStabilisationClaim> logger)
{
    private const string Field = "refund_year";

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedStabilisationClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                if (judged.HeldBy is { } first)
                {
                    throw RefundOncePerYear.AlreadyRefunded(Field, judged.Judgement.RefundYear, first);
                }

                var creditMasked = Identity.IdMasking.CreditCode(judged.Claimant.CreditCode);
                ClaimShape.EnsureGranted("stabilisation", 0, creditMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
                var now = clock.Now;
                var record = ClaimShape.NewClaim(RecordIds.New(SubmitHireClaim.IdPrefix), V1.SubsidyKind.StabilisationRefund, judged.Claimant, request,
                    judged.Read.EvidenceReference, judged.Judgement.AmountFen, clerk, now);
                record.InsuredAsUnit = judged.Claim.InsuredAsUnit;
                var row = new HiringClaimItemRecord
                {
                    ClaimId = record.Id,
                    ItemNo = 1,
                    Kind = record.Kind,
                    Status = (int)ClaimStatus.Submitted,
                    // The employer is the claimant and no person is named (the notice shows the employer only).
                    PersonId = "",
                    IdNumberMasked = "",
                    NameMasked = "",
                    StandingOnceKey = judged.OnceKey,
                    ContractStart = judged.Claim.SubmittedOn,
                    AmountFen = judged.Judgement.AmountFen,
                    Explanation = judged.Judgement.Explanation.ToByteArray(),
                    Given = judged.Read.ToByteArray(),
                };
                row.StampCreated(clerk.Subject, now);
                record.Items.Add(row);
                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took the refund year between our judgement and our write (R15).
            db.ChangeTracker.Clear();
            var first = await db.ClaimHoldingAsync(judged.OnceKey, CancellationToken.None);
            if (first is null)
            {
                throw;
            }

            throw RefundOncePerYear.AlreadyRefunded(Field, judged.Judgement.RefundYear, first);
        }
    }
}
