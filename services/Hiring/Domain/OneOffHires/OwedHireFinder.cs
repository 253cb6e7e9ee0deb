using Employment.Common.V1;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// A labour contract the registry records between a person and an employer of the region, with the
/// months that employer paid for the person since its start (R18): what a clerk would type into a
/// 吸纳 or 扩岗 claim for that hire.
/// </summary>
public sealed record HireCandidate(HiringEmployer Employer, HireContract Contract, DateOnly? ContractEnd, InsuredMonths Insurance);

/// <summary>
/// What the rules owe for one person: the candidate and its judgement when an item is owed; otherwise
/// nothing, and whether a standing claim is the reason (R9).
/// </summary>
public sealed record OwedHire(HireCandidate? Candidate, HireJudgement? Judgement, bool AlreadyClaimed)
{
    public static OwedHire None { get; } = new(null, null, false);
}

/// <summary>
/// 直补快办 / 免申即享 for 吸纳 and 扩岗: of a person's contracts, which one, and which of the two subsidies,
/// the rules owe and nobody has claimed. Each candidate is judged by <see cref="OneOffHireJudge"/> exactly
/// as a claim at the counter would be (its own contract start, its employer's region, the person's standing
/// claims), so the list and a clerk's preview cannot disagree.
/// </summary>
public sealed class OwedHireFinder(OneOffHireJudge judge)
{
    /// <summary>
    /// R9 (36号（四）): a person brings one employer one of the two, once. The job proposes the earliest
    /// contract the rules pay, and of the two subsidies the higher amount (absorption when equal).
    /// </summary>
    public const string Rule = OneOffHireRuleIds.OwedOneItemPerPerson;

    /// <param name="candidates">The person's contracts in the period with employers of the region.</param>
    /// <param name="priorClaims">The person's standing 吸纳 / 扩岗 claims, by any employer (R9).</param>
    public OwedHire Find(PersonProfile person, IEnumerable<HireCandidate> candidates, IReadOnlyList<PriorHireClaim> priorClaims)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(candidates);
        var blockedByClaim = false;
        foreach (var candidate in candidates.OrderBy(c => c.Contract.Start).ThenBy(c => c.Employer.CreditCode, StringComparer.Ordinal))
        {
            HireJudgement? best = null;
            foreach (var kind in (ReadOnlySpan<HireSubsidyKind>)[HireSubsidyKind.Absorption, HireSubsidyKind.Expansion])
            {
                var judgement = judge.Judge(new HireItem(kind, candidate.Employer, person, candidate.Contract, candidate.Insurance, priorClaims));
                blockedByClaim |= judgement.ConflictingClaimReference is not null;
                if (judgement.Approved && (best is null || judgement.AmountFen > best.AmountFen))
                {
                    best = judgement;
                }
            }

            if (best is not null)
            {
                return new OwedHire(candidate, best, false);
            }
        }

        return blockedByClaim ? new OwedHire(null, null, true) : OwedHire.None;
    }
}
