using Employment.Common.V1;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Traineeships;

/// <summary>
/// 就业见习单位: the host's registered region selects the rules (R27); recognition by the HR bureau
/// (经人社部门认定) is a recorded fact.
/// </summary>
public sealed record TraineeHost(string CreditCode, string Name, Region Region, bool RecognisedByHrBureau);

/// <summary>
/// One trainee of a claim. <see cref="Start"/> and <see cref="End"/> (inclusive) are the agreed
/// traineeship; <see cref="HiredOn"/> is set when the host hired the trainee before the end with a labour
/// contract (with social insurance when <see cref="HiredWithSocialInsurance"/>), which pays the remaining
/// months (R11) and counts as retained (R22); <see cref="Retained"/> means kept on after a full traineeship.
/// </summary>
public sealed record TraineeItem(
    PersonProfile Person,
    DateOnly Start,
    DateOnly End,
    bool RealNameRegistered,
    bool Retained = false,
    DateOnly? HiredOn = null,
    bool HiredWithSocialInsurance = false)
{
    public void Validate()
    {
        if (End < Start)
        {
            throw DomainRuleException.Invalid("traineeship", $"见习结束日（{End:yyyy-MM-dd}）早于开始日（{Start:yyyy-MM-dd}）。 (The traineeship ends before it starts.)");
        }

        if (HiredOn is { } hired && (hired < Start || hired > End))
        {
            throw DomainRuleException.Invalid("hired_on", $"见习期内录用日期须在见习期间内（收到 {hired:yyyy-MM-dd}）。 (hired_on lies outside the traineeship.)");
        }
    }
}

/// <summary>A host's claim for its trainees; <see cref="ClaimDate"/> decides whose traineeship has ended for the retention ratio (R22).</summary>
public sealed record TraineeshipClaim(TraineeHost Host, DateOnly ClaimDate, IReadOnlyList<TraineeItem> Trainees);

/// <summary>The decision on one trainee: eligibility on the traineeship start, the paid months and the amount.</summary>
public sealed record TraineeJudgement(bool Approved, int PaidMonths, long AmountFen, Explanation Explanation);

/// <summary>
/// The decision on a claim: each trainee's, and the retention ratio that raises every month in the
/// claim to the retention rate when it reaches the threshold (R11, R22).
/// </summary>
public sealed record TraineeshipClaimJudgement(IReadOnlyList<TraineeJudgement> Trainees, decimal? RetentionPercent, bool RetentionRateApplies, long TotalFen);
