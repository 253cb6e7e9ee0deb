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
/// 受理 a 一次性交通补助 claim: judged again and, when the rules pay it, stored holding one of the county's
/// places for the person and year (a unique key) in the transaction of its answer. The county's count
/// reached — by the judgement, or by the unique index when a racing claim took the place in between — is
/// FAILED_PRECONDITION or ALREADY_EXISTS naming the standing claims and the rule; nothing is stored.
/// </summary>
public sealed class SubmitTransportClaim(HiringDbContext db, TransportClaimJudging judging, ChinaClock clock, ILogger<SubmitTransportClaim> logger)
{
    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedTransportClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                if (!judged.Judgement.Approved && judged.HeldPlaces.Count > 0
                    && judged.Judgement.Explanation.Checks.Any(c => c.RuleId == OncePerPlacement.TransportRule && !c.Passed))
                {
                    throw CountReached(judged, string.Join("、", judged.HeldPlaces.Values.Distinct()));
                }

                ClaimShape.EnsureGranted("transport", 0, judged.Person.IdNumberMasked, judged.Judgement.Explanation, judged.Judgement.Approved);
                var now = clock.Now;
                // The person is the claimant: no employer; the paying county decides (R26, R27).
                var record = new HiringClaimRecord
                {
                    Id = RecordIds.New(SubmitHireClaim.IdPrefix),
                    Kind = (int)V1.SubsidyKind.Transport,
                    Status = (int)ClaimStatus.Submitted,
                    EmployerId = "",
                    EmployerCreditCode = "",
                    EmployerName = "",
                    Region = judged.County.Code,
                    EmployerEvidence = judged.Given.EvidenceReference,
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
                    StandingOnceKey = judged.Place,
                    ContractStart = judged.WorkStart,
                    AmountFen = judged.Judgement.AmountFen,
                    Explanation = judged.Judgement.Explanation.ToByteArray(),
                    Given = judged.Given.ToByteArray(),
                };
                row.StampCreated(clerk.Subject, now);
                record.Items.Add(row);
                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // A racing claim took the same place between our judgement and our write (R26).
            db.ChangeTracker.Clear();
            var first = await db.ClaimHoldingAsync(judged.Place, CancellationToken.None);
            if (first is null)
            {
                throw;
            }

            throw CountReached(judged, first);
        }
    }

    private static DomainRuleException CountReached(JudgedTransportClaim judged, string claims) =>
        new(DomainRuleKind.AlreadyExists,
            $"{judged.Person.IdNumberMasked} {judged.WorkStart.Year}年的一次性交通补助已由申请 {claims} 享受，达到发放县 {judged.County} 规定的每年次数（各县合计，裁定 R26）。 (field: transport.person_id_number; first claim: {claims}; rule: {OncePerPlacement.TransportRule})",
            field: "transport.person_id_number", ruleId: OncePerPlacement.TransportRule);
}
