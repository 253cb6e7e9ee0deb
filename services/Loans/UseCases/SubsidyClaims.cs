using Employment.Loans.Data;
using Employment.Loans.Domain.Claims;
using Employment.Loans.Domain.Ledger;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// Quarterly interest-subsidy claims (<see cref="SubsidyClaim"/> holds their rules): a bank previews
/// and submits its quarter, computed from the ledger of its subsidised loans (R6); a counter decides
/// the claims whose loans lie in its region, never one a borrower of which it is tied to (回避). Writes are one
/// transaction with their answer, idempotent on the caller's key.
/// </summary>
internal sealed class SubsidyClaims(LoansDbContext db, LoanStore loans, ClaimStore claims, IRecusal recusal, PolicyCatalog catalog, ChinaClock clock, ILogger<SubsidyClaims> logger)
{
    /// <summary>A preview of the quarter's claim (all the bank's subsidised loans, or those named); nothing is stored.</summary>
    public async Task<V1.InterestSubsidyClaim> PreviewAsync(string bankCode, int year, int quarter, IReadOnlyList<string> loanIds, CancellationToken cancellationToken)
    {
        var preview = ClaimAnswers.ToProto(await ComputeAsync(bankCode, year, quarter, loanIds, cancellationToken), catalog);
        preview.State = V1.ClaimState.Preview;
        return preview;
    }

    /// <summary>Submits the quarter once it has ended: one claim per bank and quarter, a rejected one again (recomputed).</summary>
    public Task<V1.InterestSubsidyClaim> SubmitAsync(Caller bank, string bankCode, int year, int quarter, V1.SubmitInterestSubsidyClaimRequest request, CancellationToken cancellationToken)
    {
        SubsidyClaim.RequireQuarterEnded(year, quarter, clock.Today);
        return IdempotentWrite.RunAsync(db, clock.Now, "SubmitInterestSubsidyClaim", bank, request.IdempotencyKey, request, V1.InterestSubsidyClaim.Parser, async () =>
        {
            var existing = await claims.FindForQuarterAsync(bankCode, year, quarter, cancellationToken);
            var claim = SubsidyClaim.ForQuarter(existing, Ids.New(Ids.Claim), bankCode, year, quarter);
            var computed = await ComputeAsync(bankCode, year, quarter, [], cancellationToken);
            claim.Submit(computed);
            claims.Save(claim, ClaimAnswers.ToProto(computed, catalog), bank.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            LoansLog.ClaimSubmitted(logger, claim.Id, bankCode, year, quarter, claim.TotalFen);
            return claims.ContentOf(claim);
        }, cancellationToken);
    }

    /// <summary>The counter approves or rejects a submitted claim (a rejection with its reason).</summary>
    public Task<V1.InterestSubsidyClaim> DecideAsync(Caller clerk, string id, long expectedVersion, bool approve, string reason, V1.DecideInterestSubsidyClaimRequest request, CancellationToken cancellationToken)
    {
        SubsidyClaim.RequireReason(approve, reason);
        return IdempotentWrite.RunAsync(db, clock.Now, "DecideInterestSubsidyClaim", clerk, request.IdempotencyKey, request, V1.InterestSubsidyClaim.Parser, async () =>
        {
            var claim = await claims.FindAsync(id, forChange: true, cancellationToken) ?? throw DomainRuleException.NotFound("贴息申请", id);
            RequireLocalRegions(clerk, claim, id);
            var loanIds = claims.ContentOf(claim).Lines.Select(l => l.LoanId).ToList();
            await recusal.RequireUntiedAsync(clerk, "贴息申请", new RecusalSubjects(await loans.BorrowerPeopleAsync(loanIds, cancellationToken)), cancellationToken);
            claim.RequireVersion(expectedVersion);
            claim.Decide(approve, reason);
            claims.Save(claim, null, clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            LoansLog.ClaimDecided(logger, claim.Id, claim.State.ToString()!, clerk.Subject);
            return claims.ContentOf(claim);
        }, cancellationToken);
    }

    /// <summary>A stored claim: a bank sees its own, a counter or an auditor those whose loans all lie in its region.</summary>
    public async Task<V1.InterestSubsidyClaim> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var claim = await claims.FindAsync(id, forChange: false, cancellationToken) ?? throw DomainRuleException.NotFound("贴息申请", id);
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireVisible("贴息申请", id, claim.BankCode);
        }
        else
        {
            RequireLocalRegions(caller, claim, id);
        }

        return claims.ContentOf(claim);
    }

    private async Task<InterestSubsidyClaim> ComputeAsync(string bankCode, int year, int quarter, IReadOnlyList<string> loanIds, CancellationToken cancellationToken)
    {
        var until = SubsidyClaim.QuarterOf(year, quarter).Until!.Value;
        var subsidised = await loans.SubsidisedOfBankAsync(bankCode, until, loanIds, cancellationToken);
        var missing = loanIds.Except(subsidised.Select(l => l.Id)).ToList();
        if (missing.Count > 0)
        {
            throw DomainRuleException.Invalid("loan_ids", $"以下贷款不是本行在该季度结束前发放的贴息贷款：{string.Join("、", missing)}。");
        }

        return SubsidyClaim.Compute(bankCode, year, quarter, subsidised.Select(l => l.ToLedger()), catalog);
    }

    /// <summary>
    /// A counter or an auditor reads and decides claims whose loans all lie in its region (the local payers
    /// of the cost split); any other is NOT_FOUND, as a key that does not exist, so the refusal confirms
    /// nothing of another region's claim. An auditor token with no region is refused (PERMISSION_DENIED).
    /// </summary>
    private static void RequireLocalRegions(Caller caller, SubsidyClaim claim, string id)
    {
        var scope = RegionScope.Of(caller);
        if (!claim.LocalRegions.All(region => scope.Covers(region)))
        {
            throw RpcErrors.NotFound("贴息申请", id);
        }
    }
}
