using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using K = Employment.Training.Domain.TrainingPolicyKeys;
using R = Employment.Training.Domain.SkillUpgrade.SkillUpgradeRuleIds;

namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// 技能提升补贴 (焦政办〔2023〕36号（三）, 焦政办〔2024〕15号（十二）; R12, R24): judges one certificate from
/// the catalog in force for the decision region on its issue date (R1, R27). Reads nothing but its
/// arguments and the catalog, so the same answer comes for preview, submission and the public self-check.
/// </summary>
public sealed class SkillUpgradeRules(PolicyCatalog catalog)
{
    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <exception cref="DomainRuleException">The certificate itself is malformed: no number or occupation, an unknown level, an issue date after today (INVALID_ARGUMENT naming the field).</exception>
    public SkillUpgradeJudgement Judge(SkillUpgradeCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var certificate = @case.Certificate;
        Validate(certificate, @case.Today);

        var date = certificate.IssueDate;
        var region = @case.Region;
        var explanation = new ExplanationBuilder(date);

        // The yearly cap is set by every version of the measure: without it nothing is in force (Jiyuan, R27; from 2025).
        if (!_catalog.TryResolve(K.SkillUpgradeMaxPerYear, region, date, out var maxPerYear))
        {
            explanation.Check(R.PolicyInForce, false, $"地区 {region} 在发证日期 {ClerkText.Day(date)} 没有有效的技能提升补贴政策（裁定 R1、R27）。")
                .Fact("decision_region", region.Code, "request")
                .Fact("certificate.issue_date", ClerkText.Day(date), "request")
                .Cites(Ruling("R27", "培训补贴按发证日失业保险（或失业保险金）所在地区判定；济源示范区无本地技能提升补贴政策"));
            return Refused(explanation, null);
        }

        explanation.Check(R.PolicyInForce, true, $"地区 {region} 在发证日期 {ClerkText.Day(date)} 有有效的技能提升补贴政策。")
            .Fact("decision_region", region.Code, "request")
            .Fact("certificate.issue_date", ClerkText.Day(date), "request")
            .Uses(maxPerYear);

        var amount = LevelAmount(certificate, region, date, explanation);
        InsuranceRoute(@case.Person, region, date, explanation);
        var duplicateOf = OnePerCertificate(certificate, @case.Prior, explanation);
        YearlyCount(certificate, @case.Prior, maxPerYear, explanation);
        OccupationRules(certificate, @case.Prior, region, date, explanation);

        if (!explanation.AllPassed || amount is null)
        {
            return Refused(explanation, duplicateOf);
        }

        var built = explanation.Build($"符合技能提升补贴条件：{certificate.Level.Zh()}证书，补贴 {ClerkText.Yuan(amount.Value.Fen)}。");
        return new SkillUpgradeJudgement(true, amount.Value.Fen, built, [], null);
    }

    private static void Validate(SkillCertificate certificate, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(certificate.CertificateNumber))
        {
            throw DomainRuleException.Invalid("certificate.certificate_number", "请填写证书编号。");
        }

        if (string.IsNullOrWhiteSpace(certificate.OccupationCode))
        {
            throw DomainRuleException.Invalid("certificate.occupation_code", "请填写职业（工种）编码。");
        }

        if (!Enum.IsDefined(certificate.Level))
        {
            throw DomainRuleException.Invalid("certificate.level", "证书等级无效：应为一级至五级，或不分级（含专项职业能力证书）。");
        }

        if (certificate.IssueDate > today)
        {
            throw DomainRuleException.Invalid("certificate.issue_date",
                $"发证日期 {ClerkText.Day(certificate.IssueDate)} 晚于今天 {ClerkText.Day(today)}，请核对证书。");
        }
    }

    /// <summary>The amount for the certificate's level; level 2 and 1 have none in the documents (R24).</summary>
    private ParameterValue? LevelAmount(SkillCertificate certificate, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        var key = certificate.Level switch
        {
            CertificateLevel.Level5 => K.SkillUpgradeAmountLevel5,
            CertificateLevel.Level4 => K.SkillUpgradeAmountLevel4,
            CertificateLevel.Level3 => K.SkillUpgradeAmountLevel3,
            CertificateLevel.Unlevelled => K.SkillUpgradeAmountUnlevelled,
            _ => null,
        };
        if (key is not null && _catalog.TryResolve(key, region, date, out var amount))
        {
            explanation.Check(R.LevelHasAmount, true, $"{certificate.Level.Zh()}证书的补贴标准为 {ClerkText.Yuan(amount.Value.Fen)}。")
                .Fact("certificate.level", certificate.Level.Zh(), "request")
                .Uses(amount);
            return amount;
        }

        explanation.Check(R.LevelHasAmount, false, $"{certificate.Level.Zh()}证书在政策文件中没有补贴标准，不予补贴，也不按不分级证书补贴（裁定 R24）。")
            .Fact("certificate.level", certificate.Level.Zh(), "request")
            .Cites(Ruling("R24", "技师、高级技师（二级、一级）证书文件未规定补贴标准：无适用政策"));
        return null;
    }

    /// <summary>
    /// 参加失业保险1年（含）以上的（2024: 在职）企业职工, or 领取失业保险金人员 (R24): either route is enough;
    /// the explanation shows the route that passed, or every route when none did.
    /// </summary>
    private void InsuranceRoute(PersonInsuranceFacts person, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        if (!_catalog.TryResolve(K.SkillUpgradeMinInsuredMonths, region, date, out var minimum))
        {
            // The measure is in force without its insurance threshold: a catalog gap, not a refusal of the person.
            explanation.MarkUndetermined();
            explanation.Check(R.InsuranceMonthsMin, false, $"地区 {region} 在 {ClerkText.Day(date)} 没有失业保险月数门槛的有效规定，无法判定。")
                .Fact("missing_parameter", K.SkillUpgradeMinInsuredMonths, "policy catalog")
                .Cites(Ruling("R1", "日期不在任何有效期内即无政策，不取最近的值"));
            return;
        }

        var months = person.InsuredMonthsUpTo(date);
        var monthsMet = months >= minimum.Value.Integer;
        var contractRequired = _catalog.TryResolve(K.SkillUpgradeRequiresEmploymentContract, region, date, out var contractRule) && contractRule.Value.Boolean;
        var contract = person.ContractInForceOn(date);
        var benefit = person.BenefitInForceOn(date);
        var insuranceRoute = monthsMet && (!contractRequired || contract is not null);

        if (insuranceRoute || benefit is null)
        {
            explanation.Check(R.InsuranceMonthsMin, monthsMet,
                    $"截至发证日期累计参加失业保险 {months} 个月，{(monthsMet ? "达到" : "不足")} {minimum.Value.Integer} 个月。")
                .Fact("unemployment_insurance_months", months.ToString(System.Globalization.CultureInfo.InvariantCulture), "登记系统记录")
                .Uses(minimum);
            if (contractRequired)
            {
                var check = explanation.Check(R.EmploymentContractInForce, contract is not null,
                    contract is not null ? "发证日期有在履行的劳动合同（企业在职职工）。" : "发证日期没有在履行的劳动合同，不属于企业在职职工。");
                check.Fact("employment_contract_fact", contract ?? "（无）", "登记系统记录").Uses(contractRule);
            }
        }

        if (!insuranceRoute)
        {
            var basis = _catalog.Resolve(K.SkillUpgradeMaxPerYear, region, date);
            explanation.Check(R.BenefitInForce, benefit is not null,
                    benefit is not null ? "发证日期正在领取失业保险金，符合领取失业保险金人员条件。" : "发证日期未领取失业保险金。")
                .Fact("unemployment_benefit_fact", benefit ?? "（无）", "登记系统记录")
                .Cites(ProtoMapping.ToProto(basis));
        }
    }

    /// <summary>One subsidy per certificate number, ever (R24). Returns the application that holds it.</summary>
    private static string? OnePerCertificate(SkillCertificate certificate, PriorSubsidies prior, ExplanationBuilder explanation)
    {
        var first = prior.SkillUpgrades.FirstOrDefault(p => string.Equals(p.CertificateNumber, certificate.CertificateNumber, StringComparison.OrdinalIgnoreCase));
        explanation.Check(R.OnePerCertificate, first is null,
                first is null ? $"证书 {certificate.CertificateNumber} 未享受过技能提升补贴。" : $"证书 {certificate.CertificateNumber} 已由申请 {first.ApplicationId} 享受技能提升补贴，同一证书只能享受一次。")
            .Fact("certificate.certificate_number", certificate.CertificateNumber, "request")
            .Fact("first_application_id", first?.ApplicationId ?? "（无）", "training")
            .Cites(Ruling("R24", "同一证书编号只能享受一次技能提升补贴"));
        return first?.ApplicationId;
    }

    /// <summary>每人每年最多不超过3次, counted by the certificates' issue year (R24).</summary>
    private static void YearlyCount(SkillCertificate certificate, PriorSubsidies prior, ParameterValue maxPerYear, ExplanationBuilder explanation)
    {
        var year = certificate.IssueDate.Year;
        var count = prior.SkillUpgrades.Count(p => p.IssueDate.Year == year);
        var passed = count < maxPerYear.Value.Integer;
        explanation.Check(R.MaxPerYear, passed,
                $"{year} 年发证的证书已享受技能提升补贴 {count} 次，{(passed ? "未达到" : "已达到")}每年 {maxPerYear.Value.Integer} 次的上限。")
            .Fact("subsidies_in_issue_year", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "training")
            .Uses(maxPerYear);
    }

    /// <summary>The 2024 rules (焦政办〔2024〕15号（十二）), each applied only where the catalog has it in force; they look back at every year (R24).</summary>
    private void OccupationRules(SkillCertificate certificate, PriorSubsidies prior, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        var sameOccupation = prior.SkillUpgrades
            .Where(p => string.Equals(p.OccupationCode, certificate.OccupationCode, StringComparison.Ordinal)
                && !string.Equals(p.CertificateNumber, certificate.CertificateNumber, StringComparison.OrdinalIgnoreCase))
            .ToList();

        if (InForce(K.SkillUpgradeOnePerOccupationLevel, region, date) is { } onePerLevel)
        {
            var same = sameOccupation.FirstOrDefault(p => p.Level == certificate.Level);
            explanation.Check(R.OnePerOccupationLevel, same is null,
                    same is null ? $"职业（工种）{certificate.OccupationCode} 的{certificate.Level.Zh()}未享受过技能提升补贴。"
                        : $"职业（工种）{certificate.OccupationCode} 的{certificate.Level.Zh()}已由申请 {same.ApplicationId} 享受过，同一职业同一等级只能享受一次。")
                .Fact("occupation_code", certificate.OccupationCode, "request")
                .Fact("same_level_application_id", same?.ApplicationId ?? "（无）", "training")
                .Uses(onePerLevel);
        }

        if (InForce(K.SkillUpgradeNoLowerLevelAfterHigher, region, date) is { } noLower)
        {
            var higher = sameOccupation.FirstOrDefault(p => p.Level.IsHigherThan(certificate.Level));
            explanation.Check(R.NoLowerLevelAfterHigher, higher is null,
                    higher is null ? $"职业（工种）{certificate.OccupationCode} 未享受过更高等级证书的技能提升补贴。"
                        : $"职业（工种）{certificate.OccupationCode} 已由申请 {higher.ApplicationId} 享受{higher.Level.Zh()}证书补贴，不再享受低级别证书补贴。")
                .Fact("occupation_code", certificate.OccupationCode, "request")
                .Fact("higher_level_application_id", higher?.ApplicationId ?? "（无）", "training")
                .Uses(noLower);
        }

        if (InForce(K.SkillUpgradeNotWithVocationalTraining, region, date) is { } noStacking)
        {
            // "The same training": a course of the same occupation and level that ended by the issue date (R24).
            var training = prior.VocationalTrainings.FirstOrDefault(v =>
                string.Equals(v.OccupationCode, certificate.OccupationCode, StringComparison.Ordinal)
                && v.Level == certificate.Level && v.CourseEnd <= date);
            explanation.Check(R.NotWithVocationalTraining, training is null,
                    training is null ? "同一培训未享受职业培训补贴。"
                        : $"同一培训已由申请 {training.ApplicationId} 享受职业培训补贴，技能提升补贴和职业培训补贴不得重复享受。")
                .Fact("vocational_training_application_id", training?.ApplicationId ?? "（无）", "training")
                .Uses(noStacking)
                .Cites(Ruling("R24", "同一培训：同一职业（工种）、同一等级、在发证日期或之前结束的培训项目"));
        }
    }

    private ParameterValue? InForce(string key, Region region, DateOnly date) =>
        _catalog.TryResolve(key, region, date, out var value) && value.Value.Boolean ? value : null;

    /// <summary>Not paid: the summary names every failed condition, so the clerk reads the reasons in one line.</summary>
    private static SkillUpgradeJudgement Refused(ExplanationBuilder explanation, string? duplicateOf)
    {
        var built = explanation.Build("不符合技能提升补贴条件。");
        var failed = built.Checks.Where(c => !c.Passed).ToList();
        built.SummaryZh = $"不符合技能提升补贴条件：{string.Join("；", failed.Select(c => c.DescriptionZh.TrimEnd('。')))}。";
        return new SkillUpgradeJudgement(false, 0, built, failed.Select(c => c.RuleId).ToList(), duplicateOf);
    }

    private static Citation Ruling(string id, string titleZh) => new() { RulingId = id, Title = titleZh, DocumentNumber = "裁定" };
}
