using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Training.Domain.SkillUpgrade;
using K = Employment.Training.Domain.TrainingPolicyKeys;
using R = Employment.Training.Domain.Apprenticeship.ApprenticeshipRuleIds;

namespace Employment.Training.Domain.Apprenticeship;

/// <summary>
/// 企业新型学徒制培训补贴 (豫政办〔2022〕14号 四、; R26): paid to the enterprise per apprentice per training
/// year, 中级工 = level 4 and 高级工 = level 3 at the catalog's amounts, for at most the configured number of
/// years (R3: unconfigured is a refusal naming key, region and date). Judged on the training year's start
/// (R1) for the decision region (R27). Reads nothing but its arguments and the catalog.
/// </summary>
public sealed class ApprenticeshipRules(PolicyCatalog catalog)
{
    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <exception cref="DomainRuleException">A malformed training year (INVALID_ARGUMENT naming the field), or the number of years not configured (FAILED_PRECONDITION, R3).</exception>
    public ApprenticeshipJudgement Judge(ApprenticeshipCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var year = @case.Year;
        Validate(year, @case.Today);
        var date = year.Start;
        var region = @case.Region;
        var explanation = new ExplanationBuilder(date);

        ParameterValue maxYears;
        try
        {
            maxYears = _catalog.Resolve(K.ApprenticeshipMaxTrainingYears, region, date);
        }
        catch (PolicyResolutionException e)
        {
            throw DomainRuleException.NotAllowed(e.Message, R.MaxTrainingYears, cause: e);
        }

        var amount = LevelAmount(year, region, date, explanation);
        var withinYears = year.TrainingYear <= maxYears.Value.Integer;
        explanation.Check(R.MaxTrainingYears, withinYears,
                $"第 {year.TrainingYear} 培训年度，{(withinYears ? "未超过" : "超过")}最长补贴年限 {maxYears.Value.Integer} 年。")
            .Fact("apprenticeship.training_year", year.TrainingYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "request")
            .Uses(maxYears);

        var first = @case.Prior.FirstOrDefault(p => p.TrainingYear == year.TrainingYear);
        explanation.Check(R.OnePerApprenticeYear, first is null,
                first is null ? $"该学徒第 {year.TrainingYear} 培训年度未享受过新型学徒制培训补贴。"
                    : $"该学徒第 {year.TrainingYear} 培训年度已由申请 {first.ApplicationId} 享受补贴，每人每年只能享受一次。")
            .Fact("first_application_id", first?.ApplicationId ?? "（无）", "training");

        if (!explanation.AllPassed || amount is null)
        {
            var refused = explanation.Build("不符合新型学徒制培训补贴条件。");
            var failed = refused.Checks.Where(c => !c.Passed).ToList();
            refused.SummaryZh = $"不符合新型学徒制培训补贴条件：{string.Join("；", failed.Select(c => c.DescriptionZh.TrimEnd('。')))}。";
            return new ApprenticeshipJudgement(false, 0, refused, failed.Select(c => c.RuleId).ToList(), first?.ApplicationId);
        }

        var built = explanation.Build($"符合新型学徒制培训补贴条件：{LevelName(year.Level)}第 {year.TrainingYear} 培训年度，补贴企业 {ClerkText.Yuan(amount.Value.Fen)}。");
        return new ApprenticeshipJudgement(true, amount.Value.Fen, built, [], null);
    }

    private static void Validate(ApprenticeTrainingYear year, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(year.EnterpriseCreditCode))
        {
            throw DomainRuleException.Invalid("apprenticeship.enterprise_credit_code", "请填写培养学徒的企业统一社会信用代码：补贴发给企业。");
        }

        if (year.TrainingYear < 1)
        {
            throw DomainRuleException.Invalid("apprenticeship.training_year", "培训年度应为 1 或以上（第一培训年度为 1）。");
        }

        if (year.End < year.Start)
        {
            throw DomainRuleException.Invalid("apprenticeship.year_period.until",
                $"培训年度结束日期 {ClerkText.Day(year.End)} 早于开始日期 {ClerkText.Day(year.Start)}。");
        }

        if (year.Start > today)
        {
            throw DomainRuleException.Invalid("apprenticeship.year_period.from",
                $"培训年度开始日期 {ClerkText.Day(year.Start)} 晚于今天 {ClerkText.Day(today)}。");
        }
    }

    /// <summary>R26: 中级工 = level 4, 高级工 = level 3; any other level has no amount in the documents (no policy).</summary>
    private ParameterValue? LevelAmount(ApprenticeTrainingYear year, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        var key = year.Level switch
        {
            CertificateLevel.Level4 => K.ApprenticeshipAmountPerYearIntermediate,
            CertificateLevel.Level3 => K.ApprenticeshipAmountPerYearSenior,
            _ => null,
        };
        if (key is not null && _catalog.TryResolve(key, region, date, out var amount))
        {
            explanation.Check(R.LevelHasAmount, true, $"{LevelName(year.Level)}每人每年补贴标准为 {ClerkText.Yuan(amount.Value.Fen)}。")
                .Fact("apprenticeship.level", year.Level.Zh(), "request")
                .Uses(amount)
                .Cites(Ruling("R26", "新型学徒制：中级工为四级，高级工为三级；按学徒每培训年度补贴企业"));
            return amount;
        }

        explanation.Check(R.LevelHasAmount, false,
                key is null ? $"{year.Level.Zh()}不是新型学徒制补贴的中级工（四级）或高级工（三级），无补贴标准（裁定 R26）。"
                    : $"地区 {region} 在 {ClerkText.Day(date)} 没有有效的新型学徒制补贴标准（裁定 R1、R27）。")
            .Fact("apprenticeship.level", year.Level.Zh(), "request")
            .Cites(Ruling("R26", "新型学徒制：中级工为四级，高级工为三级；按学徒每培训年度补贴企业"));
        return null;
    }

    private static string LevelName(CertificateLevel level) => level switch
    {
        CertificateLevel.Level4 => "中级工（四级）",
        CertificateLevel.Level3 => "高级工（三级）",
        _ => level.Zh(),
    };

    private static Citation Ruling(string id, string titleZh) => new() { RulingId = id, Title = titleZh, DocumentNumber = "裁定" };
}
