using Employment.Hiring.Data;
using Employment.Hiring.Domain.Stabilisation;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A 稳岗返还 claim judged: the claimant, the facts read, the decision, and the standing claim that already holds the year (R15).</summary>
public sealed record JudgedStabilisationClaim(Claimant Claimant, StabilisationClaim Claim, V1.StabilisationFacts Read, StabilisationJudgement Judgement, string? HeldBy)
{
    public string OnceKey => RefundOncePerYear.Key(Claimant.EmployerId, Judgement.RefundYear);
}

/// <summary>
/// Judges a 稳岗返还 claim (R13, R15–R17, R27, R31) on the date the bureau received it: the employer
/// and its facts from the registry (or the clerk's, <see cref="StabilisationInput"/>), the rule in force
/// in its registered region, and whether a standing claim already holds the refund year. Stores nothing.
/// </summary>
public sealed class StabilisationClaimJudging(HiringDbContext db, RegistryLookup registry, StabilisationJudge judge, ChinaClock clock) : IClaimJudging<JudgedStabilisationClaim>
{
    /// <exception cref="DomainRuleException">Bad input (INVALID_ARGUMENT naming the field), an unknown employer (NOT_FOUND), a fact neither the registry nor the clerk gives, an enterprise without a size fact, an unconfigured control target (FAILED_PRECONDITION).</exception>
    public async Task<JudgedStabilisationClaim> JudgeAsync(V1.SubmitClaimRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claimant = await registry.EmployerAsync(caller, request.Employer, cancellationToken);
        var (claim, read) = StabilisationInput.Claim(claimant, request, ClaimReceipt.Of(request, clock.Today).ReceivedOn);
        StabilisationJudgement judgement;
        try
        {
            judgement = judge.Judge(claim);
        }
        catch (DomainRuleException e) when (e.Kind == DomainRuleKind.InvalidInput && e.Field is { } inner && !inner.Contains('.', StringComparison.Ordinal))
        {
            // The domain names the fact; the caller needs the request's field.
            throw DomainRuleException.Invalid($"stabilisation.{inner}", e.Message);
        }

        var held = await db.ClaimHoldingAsync(RefundOncePerYear.Key(claimant.EmployerId, judgement.RefundYear), cancellationToken);
        return new JudgedStabilisationClaim(claimant, claim, read, judgement, held);
    }
}
