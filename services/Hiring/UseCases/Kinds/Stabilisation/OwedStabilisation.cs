using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Policy.Explanations;
using Employment.Hiring.Domain.Stabilisation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's 稳岗返还 leg (R13, R15–R17): each employer of the region judged as a claim filed
/// today by the same <see cref="StabilisationInput"/> and <see cref="StabilisationJudge"/> the counter uses,
/// on the registry's employer facts alone (no clerk's statement: a fact the registry lacks — last year's
/// contributions, staff, layoffs, full months, an organisation's 单位类型, an enterprise's size — is counted,
/// not guessed). The refund year is the year before today (R15); a year a standing claim holds
/// (<see cref="RefundOncePerYear"/>) is already claimed. The prepared claim names only the employer and the
/// year, so the counter judges it on the same facts. Stores nothing.
/// </summary>
public sealed class OwedStabilisation(StabilisationJudge judge) : IOwedLeg
{
    private IReadOnlyDictionary<string, string> held = new Dictionary<string, string>();

    // 稳岗返还 as a claim filed today (R15), judged as each employer is read; standing claims in one query.
    async Task IOwedLeg.StartAsync(OwedListRun run, CancellationToken cancellationToken) =>
        held = await run.Db.KeysHeldUnderAsync("stabilisation/", cancellationToken);

    void IOwedLeg.ReadEmployer(Claimant claimant, OwedListRun run)
    {
        if (Judge(claimant, run.Today, held) is { } refund)
        {
            run.Items.Add(claimant, refund);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts =>
        [new() { Kinds = { V1.SubsidyKind.StabilisationRefund }, Judged = Judged, JudgedUnitZh = "家单位", AlreadyClaimed = AlreadyClaimed, NotJudged = FactsMissing, NotJudgedZh = "缺少返还所需数据的单位" }];

    /// <summary>Employers judged.</summary>
    public int Judged { get; private set; }

    /// <summary>Employers for whom the registry lacks a fact the refund needs.</summary>
    public int FactsMissing { get; private set; }

    /// <summary>Employers whose refund year a standing claim holds.</summary>
    public int AlreadyClaimed { get; private set; }

    /// <summary>The refund owed to <paramref name="claimant"/> on <paramref name="today"/>, or null; <paramref name="held"/> are the once-only keys standing claims hold.</summary>
    public V1.OwedSubsidy? Judge(Claimant claimant, DateOnly today, IReadOnlyDictionary<string, string> held)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(held);
        Judged++;
        var refundYear = today.Year - 1;
        if (held.ContainsKey(RefundOncePerYear.Key(claimant.EmployerId, refundYear)))
        {
            AlreadyClaimed++;
            return null;
        }

        // What the counter's claim would be with nothing stated: the employer and the kind.
        var request = new V1.SubmitClaimRequest
        {
            Employer = new EmployerKey { CreditCode = claimant.CreditCode },
            Kind = V1.SubsidyKind.StabilisationRefund,
        };
        StabilisationClaim claim;
        V1.StabilisationFacts read;
        StabilisationJudgement judgement;
        try
        {
            (claim, read) = StabilisationInput.Claim(claimant, request, today);
            judgement = judge.Judge(claim);
        }
        catch (DomainRuleException e)
        {
            // A fact only the clerk could state (or an unconfigured control target, R3) is not owed by the list.
            if (e.Field is { } field && (field.StartsWith("stabilisation.", StringComparison.Ordinal) || field == "employer.size"))
            {
                FactsMissing++;
            }

            return null;
        }

        if (!judgement.Approved || judgement.AmountFen <= 0)
        {
            return null;
        }

        return new V1.OwedSubsidy
        {
            Kind = V1.SubsidyKind.StabilisationRefund,
            Amount = new Money { Fen = judgement.AmountFen },
            Explanation = judgement.Explanation,
            // The submission date selects the rule (R15), as the stored claim's event date.
            EventDate = ProtoMapping.ToProto(claim.SubmittedOn),
            Stabilisation = read,
            RefundYear = judgement.RefundYear,
        };
    }
}
