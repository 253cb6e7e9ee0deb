using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Traineeships;

/// <summary>
/// 就业见习单位: the host's registered region selects the rules (R27). Recognition by the HR bureau
/// (经人社部门认定) is the registry's recognitions when it records any (each with its period and
/// document, judged on the traineeship start), else <see cref="RecognisedByHrBureau"/> as the clerk
/// stated it with <see cref="StatedEvidence"/>.
/// </summary>
public sealed record TraineeHost(string CreditCode, string Name, Region Region, bool RecognisedByHrBureau,
    string StatedEvidence = "", IReadOnlyList<HostRecognition>? Recognitions = null)
{
    /// <summary>Whether the host was recognised on <paramref name="day"/>, and where that comes from.</summary>
    public (bool Recognised, FactSource Source) RecognisedOn(DateOnly day)
    {
        if (Recognitions is not { Count: > 0 } recorded)
        {
            return (RecognisedByHrBureau, RecognisedByHrBureau ? FactSource.Stated(StatedEvidence) : FactSource.Unknown);
        }

        var covering = recorded.FirstOrDefault(r => r.Covers(day));
        return covering is not null
            ? (true, FactSource.Registry(covering.Describe()))
            : (false, FactSource.Registry("认定期间不含该日：" + string.Join("；", recorded.Select(r => r.Describe()))));
    }
}

/// <summary>One recorded 见习单位认定: the days it covers (inclusive; open end allowed) and its document.</summary>
public sealed record HostRecognition(DateOnly From, DateOnly? Until, string Document)
{
    public bool Covers(DateOnly day) => From <= day && (Until is not { } until || day <= until);

    public string Describe() => $"{Document}，{From:yyyy-MM-dd} 至 {(Until is { } u ? $"{u:yyyy-MM-dd}" : "长期")}";
}

/// <summary>
/// One trainee of a claim. <see cref="Start"/> and <see cref="End"/> (inclusive) are the agreed
/// traineeship; <see cref="HiredOn"/> is set when the host hired the trainee before the end with a labour
/// contract (with social insurance when <see cref="HiredWithSocialInsurance"/>), which pays the remaining
/// months (R11) and counts as retained (R22); <see cref="Retained"/> means kept on after a full traineeship.
/// <see cref="PaidEarlier"/> are the person's traineeships standing claims (any host) already subsidise: their
/// months count toward the person's cap (R11, R22: at most 12 months per trainee).
/// </summary>
public sealed record TraineeItem(
    PersonProfile Person,
    DateOnly Start,
    DateOnly End,
    bool RealNameRegistered,
    bool Retained = false,
    DateOnly? HiredOn = null,
    bool HiredWithSocialInsurance = false,
    IReadOnlyList<StandingTraineeship>? PaidEarlier = null)
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
