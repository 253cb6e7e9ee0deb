using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.StartupSubsidies;
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
/// 受理 a founder's one-off start-up subsidy (R14, R21, R23): judged again and, when a measure pays, stored
/// with the founder's standing row in the transaction of its answer. A founder already granted one — found
/// by the judgement, or by the unique index when another business's claim was stored in between — is
/// ALREADY_EXISTS naming that claim, the clause and the rule; a refusal by any other rule stores nothing
/// (FAILED_PRECONDITION naming startup and the rules).
/// </summary>
public sealed class SubmitStartupClaim(HiringDbContext db, StartupClaimJudging judging, ChinaClock clock, ILogger<SubmitStartupClaim> logger)
{
    private const string Field = "startup.founder_id_number";

    public async Task<V1.HiringClaim> SubmitAsync(V1.SubmitClaimRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        JudgedStartupClaim? judged = null;
        try
        {
            return await ClaimSubmission.StoreOnceAsync(db, clock, logger, request, clerk, async () =>
            {
                judged = await judging.JudgeAsync(request, clerk, cancellationToken);
                if (judged.Judgement.ConflictingClaimReference is { } first)
                {
                    throw AlreadyGranted(judged, first);
                }

                ClaimShape.EnsureGranted("startup", 0, judged.Founder.IdNumberMasked, judged.Explanation, judged.Judgement.Approved);
                var now = clock.Now;
                var record = ClaimShape.NewClaim(RecordIds.New(SubmitHireClaim.IdPrefix), V1.SubsidyKind.Startup, judged.Claimant, request, judged.Given.EvidenceReference, judged.AmountFen, clerk, now);
                var row = new HiringClaimItemRecord
                {
                    ClaimId = record.Id,
                    ItemNo = 1,
                    Kind = record.Kind,
                    Status = (int)ClaimStatus.Submitted,
                    PersonId = judged.Founder.PersonId,
                    IdNumberMasked = judged.Founder.IdNumberMasked,
                    NameMasked = judged.Founder.NameMasked,
                    StandingStartupFounder = judged.Founder.PersonId,
                    ContractStart = judged.EventDate,
                    FirstBusiness = judged.Given.FirstBusiness,
                    OperatedNormally = judged.Given.OperatedNormally,
                    AmountFen = judged.AmountFen,
                    Explanation = judged.Explanation.ToByteArray(),
                };
                row.StampCreated(clerk.Subject, now);
                record.Items.Add(row);
                return record;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && judged is not null)
        {
            // Another business's claim for this founder was stored between our judgement and our write (R14).
            db.ChangeTracker.Clear();
            var holder = await db.StandingStartupSubsidiesAsync(judged.Founder.PersonId, CancellationToken.None);
            throw AlreadyGranted(judged, holder.Count > 0 ? holder[0].ClaimReference : "");
        }
    }

    /// <summary>ALREADY_EXISTS naming the first claim, the once-per-person clause of the measure that would pay, and its rule id (R14).</summary>
    private static DomainRuleException AlreadyGranted(JudgedStartupClaim judged, string first)
    {
        var once = judged.Explanation.Checks.FirstOrDefault(c => c.RuleId.EndsWith(".once_per_person", StringComparison.Ordinal) && !c.Passed)
            ?? judged.Explanation.Checks.FirstOrDefault(c => c.RuleId.EndsWith(".once_per_person", StringComparison.Ordinal));
        var rule = once?.RuleId ?? StartupMeasures.HenanOpeningSubsidy.Rules.OncePerPerson;
        var clause = once?.Citations.Select(c => $"{c.DocumentNumber} {c.Clause}".Trim()).FirstOrDefault() ?? "豫 D09 第32条";
        return new DomainRuleException(DomainRuleKind.AlreadyExists,
            $"创业者（{judged.Founder.IdNumberMasked}）已由申请 {first} 申领一次性创业补贴；每人只能享受一次（{clause}，裁定 R14、R21）。 (field: {Field}; first claim: {first}; rule: {rule})",
            field: Field, ruleId: rule);
    }
}
