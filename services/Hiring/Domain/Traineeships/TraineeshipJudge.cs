using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Traineeships;

/// <summary>
/// Judges a host's 就业见习补贴 claim (R11, R22): each trainee's eligibility on the traineeship start in
/// the host's region, the whole trainee months (at most the catalog's maximum, the remaining months
/// too on an early hire), and per trainee month the rate (base, or retention when the claim's ratio
/// reaches the threshold) times the configured local minimum wage (R3) in force that month, rounded
/// half up to the fen per trainee (R28).
/// </summary>
public sealed class TraineeshipJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;

    private readonly TraineeGroups _groups = new(catalog);

    public TraineeshipClaimJudgement Judge(TraineeshipClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (var trainee in claim.Trainees)
        {
            trainee.Validate();
        }

        var retention = Retention(claim);
        var judgements = claim.Trainees.Select(t => JudgeTrainee(claim.Host, t, retention)).ToList();
        return new TraineeshipClaimJudgement(judgements, retention.Percent, retention.Applies, judgements.Sum(j => j.AmountFen));
    }

    /// <summary>
    /// R22: retained ÷ trainees whose traineeship ended by the claim date, early hires counting as ended
    /// and retained. Compared with the threshold in force on the claim date; null when none has ended.
    /// </summary>
    private RetentionRatio Retention(TraineeshipClaim claim)
    {
        var ended = claim.Trainees.Where(t => t.HiredOn is not null || t.End < claim.ClaimDate).ToList();
        if (ended.Count == 0 || !catalog.TryResolve(HiringPolicyKeys.TraineeRetentionThresholdPercent, claim.Host.Region, claim.ClaimDate, out var threshold))
        {
            return new RetentionRatio(null, false, null);
        }

        var retained = ended.Count(t => t.HiredOn is not null || t.Retained);
        var percent = Math.Round(retained * 100m / ended.Count, 2, MidpointRounding.AwayFromZero);
        // 50%及以上: the threshold itself reaches it (R11).
        return new RetentionRatio(percent, percent >= threshold.Value.Decimal, threshold);
    }

    private sealed record RetentionRatio(decimal? Percent, bool Applies, ParameterValue? Threshold);

    private TraineeJudgement JudgeTrainee(TraineeHost host, TraineeItem trainee, RetentionRatio retention)
    {
        var region = host.Region;
        var explanation = new ExplanationBuilder(trainee.Start);
        if (!catalog.TryResolve(HiringPolicyKeys.TraineeSubsidyPercentOfMinWage, region, trainee.Start, out var baseRate))
        {
            explanation.Check(TraineeshipRuleIds.TraineePolicyInForce, false, $"见习开始日（{PersonFacts.Display(trainee.Start)}）在见习单位登记地（{region}）没有有效的{NameZh}政策（裁定 R1、R27）")
                .Fact("无政策的参数", HiringPolicyKeys.TraineeSubsidyPercentOfMinWage)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.TraineeSubsidyPercentOfMinWage));
            return new TraineeJudgement(false, 0, 0, explanation.Build($"无适用政策：{NameZh}不适用于该见习开始日和地区。"));
        }

        explanation.Check(TraineeshipRuleIds.TraineePolicyInForce, true, $"见习开始日（{PersonFacts.Display(trainee.Start)}）在见习单位登记地（{region}）有效的{NameZh}：当地最低工资标准的{baseRate.Value.Display()}")
            .Fact("见习期间", $"{PersonFacts.Display(trainee.Start)} 至 {PersonFacts.Display(trainee.End)}")
            .Uses(baseRate);

        var recognisedRequired = Read(HiringPolicyKeys.TraineeRequiresRecognisedHost, region, trainee.Start);
        var (recognised, recognitionSource) = host.RecognisedOn(trainee.Start);
        explanation.Check(TraineeshipRuleIds.TraineeHostRecognised, !recognisedRequired.Value.Boolean || recognised, "见习单位在见习开始日经人社部门认定")
            .Fact("见习单位", host.Name, host.CreditCode)
            .Fact("经人社部门认定", recognised ? "是" : "否", recognitionSource.Display)
            .Uses(recognisedRequired);

        var registrationRequired = Read(HiringPolicyKeys.TraineeRequiresRealNameRegistration, region, trainee.Start);
        explanation.Check(TraineeshipRuleIds.TraineeRealNameRegistration, !registrationRequired.Value.Boolean || trainee.RealNameRegistered, "见习人员已在省内办理实名制登记")
            .Fact("实名制登记", trainee.RealNameRegistered ? "已办理" : "未办理")
            .Uses(registrationRequired);

        CheckGroup(trainee, region, explanation);
        var months = CheckMonths(trainee, region, explanation);

        var eligible = explanation.Build("").Outcome == Outcome.Passed;
        var amount = eligible ? Amount(months, region, retention, explanation) : 0;
        var built = explanation.Build("");
        var approved = built.Outcome == Outcome.Passed && amount > 0;
        built.SummaryZh = approved
            ? $"符合{NameZh}条件：{months.Count}个见习月，补贴{ClerkText.Yuan(amount)}。"
            : $"不符合{NameZh}条件：" + string.Join("、", built.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
        return new TraineeJudgement(approved, approved ? months.Count : 0, approved ? amount : 0, built);
    }

    /// <summary>The trainee belongs to one covered group on the traineeship start (R22; groups are alternatives).</summary>
    private void CheckGroup(TraineeItem trainee, Region region, ExplanationBuilder explanation)
    {
        var covered = TraineeGroups.All
            .Select(g => (g.NameZh, g.Key, Value: Read(g.Key, region, trainee.Start)))
            .Where(g => g.Value.Value.Boolean)
            .ToList();
        var results = covered.Select(g =>
        {
            var scratch = new ExplanationBuilder(trainee.Start);
            var inGroup = _groups.Judge(g.Key, trainee.Person, region, trainee.Start, scratch);
            return (g.NameZh, g.Value, InGroup: inGroup, Built: scratch.Build(""));
        }).ToList();
        var matched = results.Where(r => r.InGroup).ToList();
        var check = explanation.Check(TraineeshipRuleIds.TraineeTargetGroup, matched.Count > 0,
            $"见习人员属于就业见习对象之一：{string.Join("、", covered.Select(g => g.NameZh))}（见习开始日认定，裁定 R22）");
        foreach (var r in results)
        {
            check.Fact(r.NameZh, r.InGroup ? "符合" : "不符合").Uses(r.Value);
        }

        foreach (var r in matched.Count > 0 ? matched.Take(1) : results)
        {
            foreach (var inner in r.Built.Checks)
            {
                check.Fact(inner.RuleId, (inner.Passed ? Employment.Policy.Categories.DecidedGroups.PassedPrefix : "未通过：") + inner.DescriptionZh);
                foreach (var fact in inner.FactsUsed)
                {
                    check.Fact(fact.Name, fact.Value, fact.Source);
                }

                foreach (var citation in inner.Citations)
                {
                    check.Cites(citation);
                }
            }
        }

        if (matched.Count == 0 && results.Any(r => r.Built.Outcome == Outcome.Undetermined))
        {
            explanation.MarkUndetermined();
        }
    }

    /// <summary>
    /// Whole trainee months (R22), at most the maximum in force on the start. An early hire with a contract
    /// (and social insurance where required) pays the months to the agreed end (剩余期限, R11); an early
    /// hire without it ends the paid months the day before the hire.
    /// </summary>
    private List<DateOnly> CheckMonths(TraineeItem trainee, Region region, ExplanationBuilder explanation)
    {
        var max = Read(HiringPolicyKeys.TraineeMaxMonths, region, trainee.Start);
        var remainingPaid = Read(HiringPolicyKeys.TraineeRemainingMonthsPaidOnEarlyHire, region, trainee.Start);
        var needsInsurance = Read(HiringPolicyKeys.TraineeEarlyHireRequiresSocialInsurance, region, trainee.Start);
        var lastDay = trainee.End;
        var basis = "至约定见习结束日";
        if (trainee.HiredOn is { } hired)
        {
            var remainingCounts = remainingPaid.Value.Boolean && (!needsInsurance.Value.Boolean || trainee.HiredWithSocialInsurance);
            lastDay = remainingCounts ? trainee.End : hired.AddDays(-1);
            basis = remainingCounts ? "见习期内签订劳动合同并缴纳社会保险，给予剩余期限见习补贴" : "见习期内录用但未缴纳社会保险，补贴至录用前一日";
        }

        var allowed = CheckMonthsPerPerson(trainee, max, explanation);
        var months = TraineeMonths.Whole(trainee.Start, lastDay, allowed).ToList();
        var check = explanation.Check(TraineeshipRuleIds.TraineePaidMonths, months.Count > 0, $"整月计算的见习月数（不足一月不计，最长{max.Value.Display()}，裁定 R22）：{months.Count}个月；{basis}")
            .Fact("见习期间", $"{PersonFacts.Display(trainee.Start)} 至 {PersonFacts.Display(trainee.End)}")
            .Fact("计算截止日", PersonFacts.Display(lastDay))
            .Uses(max);
        if (trainee.HiredOn is { } h)
        {
            check.Fact("见习期内录用日期", PersonFacts.Display(h)).Fact("录用后缴纳社会保险", trainee.HiredWithSocialInsurance ? "是" : "否").Uses(remainingPaid).Uses(needsInsurance);
        }

        return months;
    }

    /// <summary>The person's cap of paid trainee months (R11, R22).</summary>
    public const string MonthsPerPersonRule = TraineeshipRuleIds.TraineeMonthsPerPerson;

    /// <summary>The fact of the cap's check that lists the standing claims counted, with their months.</summary>
    public const string EarlierClaimsFact = "已有申请";

    /// <summary>
    /// R11, R22: at most the maximum months per trainee, counting the months the person's standing claims
    /// (any host, any earlier traineeship) already pay; this traineeship pays its first whole months up to
    /// what remains. Returns how many months it may pay.
    /// </summary>
    private static int CheckMonthsPerPerson(TraineeItem trainee, ParameterValue max, ExplanationBuilder explanation)
    {
        const string rule = MonthsPerPersonRule;
        var earlier = trainee.PaidEarlier ?? [];
        if (earlier.Count == 0)
        {
            return max.Value.Integer;
        }

        var paid = earlier.Sum(e => e.PaidMonths);
        var remaining = Math.Max(0, max.Value.Integer - paid);
        explanation.Check(rule, remaining > 0, $"每名见习人员累计补贴最长{max.Value.Display()}，已有申请的见习月计入（裁定 R11、R22）：已补贴{paid}个月，本次最多{remaining}个月")
            .Fact(EarlierClaimsFact, string.Join("；", earlier.OrderBy(e => e.Start).Select(e => $"{e.ClaimId}：{PersonFacts.Display(e.Start)} 至 {PersonFacts.Display(e.End)}，{e.PaidMonths}个月")), "本系统在办及已批准的申请")
            .Uses(max);
        return remaining;
    }

    /// <summary>
    /// Σ over trainee months of (rate in force that month × minimum wage in force that month), rounded half
    /// up to the fen once per trainee (R22, R28). A minimum wage nobody configured refuses the decision
    /// naming it (R3).
    /// </summary>
    private long Amount(IReadOnlyList<DateOnly> months, Region region, RetentionRatio retention, ExplanationBuilder explanation)
    {
        decimal total = 0;
        var check = explanation.Check(TraineeshipRuleIds.TraineeMonthlyAmount, true,
            retention.Applies
                ? $"本次申请留用见习期满人员比例{retention.Percent}%，达到留用比例要求，每个见习月按提高后的标准计发（裁定 R22）"
                : retention.Percent is { } p ? $"本次申请留用比例{p}%，未达留用比例要求，按基本比例计发" : "本次申请无见习期满人员，按基本比例计发");
        check.Fact("留用比例", retention.Percent is { } shown ? $"{shown}%" : "无见习期满人员");
        if (retention.Threshold is { } threshold)
        {
            check.Uses(threshold);
        }

        foreach (var month in months)
        {
            var rate = Read(retention.Applies ? HiringPolicyKeys.TraineeRetentionSubsidyPercent : HiringPolicyKeys.TraineeSubsidyPercentOfMinWage, region, month);
            ParameterValue wage;
            try
            {
                wage = catalog.Resolve(HiringPolicyKeys.TraineeLocalMinWageMonthly, region, month);
            }
            catch (ConfigurationMissingException e)
            {
                throw DomainRuleException.NotAllowed($"缺少配置参数，无法计算见习补贴（裁定 R3）：{e.Message}", TraineeshipRuleIds.TraineeMonthlyAmount, cause: e);
            }

            total += rate.Value.Decimal * wage.Value.Fen / 100m;
            check.Fact("见习月 " + PersonFacts.Display(month), $"{rate.Value.Display()} × {wage.Value.Display()}").Uses(rate).Uses(wage);
        }

        var amount = (long)Math.Round(total, 0, MidpointRounding.AwayFromZero);
        check.Fact("补贴金额", ClerkText.Yuan(amount));
        return amount;
    }

    private ParameterValue Read(string key, Region region, DateOnly date) => catalog.Resolve(key, region, date);
}
