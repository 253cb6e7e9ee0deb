using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Training.Domain.SkillUpgrade;
using K = Employment.Training.Domain.TrainingPolicyKeys;
using R = Employment.Training.Domain.VocationalTraining.VocationalTrainingRuleIds;

namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// 职业培训补贴 per completed course (焦政办〔2023〕36号（八）, 焦政办〔2023〕29号 cl.20, Henan D09 cl.35 and the
/// others the configuration key cites): judged from the catalog in force for the decision region on the
/// course's end date (R1, R27). The documents pay it "按规定" with no figure, so the amount is the R3
/// configuration value; unconfigured is a refusal naming key, region and date, never a guess. The person
/// must belong to a group the catalog has in force then (<see cref="VocationalTrainingGroups"/>).
/// Reads nothing but its arguments and the catalog.
/// </summary>
public sealed class VocationalTrainingRules(PolicyCatalog catalog)
{
    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly VocationalTrainingGroups _groups = new(catalog);

    /// <exception cref="DomainRuleException">
    /// The course or its certificate is malformed (INVALID_ARGUMENT naming the field: a course ending before
    /// it starts, or not ended yet, a certificate of another occupation or level or issued before the course
    /// ended); or the amount is not configured for the region on the course's end date (FAILED_PRECONDITION, R3).
    /// </exception>
    public VocationalTrainingJudgement Judge(VocationalTrainingCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var course = @case.Course;
        var certificate = @case.Certificate;
        Validate(course, certificate, @case.Today);

        var date = course.End;
        var region = @case.Region;
        var explanation = new ExplanationBuilder(date);

        ParameterValue amount;
        try
        {
            amount = _catalog.Resolve(K.VocationalTrainingAmountPerCourse, region, date);
        }
        catch (PolicyResolutionException e)
        {
            // R3: a configuration value this deployment has not set (the message names key, region and date).
            throw DomainRuleException.NotAllowed(e.Message, R.AmountPerCourse, cause: e);
        }

        explanation.Check(R.AmountPerCourse, true, $"地区 {region} 在培训结束日期 {ClerkText.Day(date)} 的职业培训补贴标准为每个培训项目 {ClerkText.Yuan(amount.Value.Fen)}。")
            .Fact("decision_region", region.Code, "request")
            .Fact("course.period.until", ClerkText.Day(date), "request")
            .Uses(amount);

        _groups.Check(@case, explanation);
        var duplicateOf = OnePerCourse(course, certificate, @case.Prior, explanation);
        NotWithSkillUpgrade(course, certificate, @case.Prior, region, explanation);

        if (!explanation.AllPassed)
        {
            var refused = explanation.Build("不符合职业培训补贴条件。");
            var failed = refused.Checks.Where(c => !c.Passed).ToList();
            refused.SummaryZh = $"不符合职业培训补贴条件：{string.Join("；", failed.Select(c => c.DescriptionZh.TrimEnd('。')))}。";
            return new VocationalTrainingJudgement(false, 0, refused, failed.Select(c => c.RuleId).ToList(), duplicateOf);
        }

        var built = explanation.Build($"符合职业培训补贴条件：培训项目 {course.CourseId}，补贴 {ClerkText.Yuan(amount.Value.Fen)}。");
        return new VocationalTrainingJudgement(true, amount.Value.Fen, built, [], null);
    }

    private static void Validate(TrainingCourse course, SkillCertificate certificate, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(course.CourseId))
        {
            throw DomainRuleException.Invalid("course.course_id", "请填写培训项目编号。");
        }

        if (string.IsNullOrWhiteSpace(course.OccupationCode))
        {
            throw DomainRuleException.Invalid("course.occupation_code", "请填写培训的职业（工种）编码。");
        }

        if (course.End < course.Start)
        {
            throw DomainRuleException.Invalid("course.period.until",
                $"培训结束日期 {ClerkText.Day(course.End)} 早于开始日期 {ClerkText.Day(course.Start)}，请核对培训项目。");
        }

        if (course.End > today)
        {
            throw DomainRuleException.Invalid("course.period.until",
                $"培训结束日期 {ClerkText.Day(course.End)} 晚于今天 {ClerkText.Day(today)}：培训尚未结束，不能申请职业培训补贴。");
        }

        if (string.IsNullOrWhiteSpace(certificate.CertificateNumber))
        {
            throw DomainRuleException.Invalid("certificate.certificate_number", "请填写培训取得的证书编号。");
        }

        // The certificate is the one the course led to: same occupation and level, issued once the course ended.
        if (!string.Equals(certificate.OccupationCode, course.OccupationCode, StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid("course.occupation_code",
                $"培训的职业（工种）{course.OccupationCode} 与证书的职业（工种）{certificate.OccupationCode} 不一致：证书应为该培训取得的证书。");
        }

        if (certificate.Level != course.Level)
        {
            throw DomainRuleException.Invalid("course.level",
                $"培训等级（{course.Level.Zh()}）与证书等级（{certificate.Level.Zh()}）不一致：证书应为该培训取得的证书。");
        }

        if (certificate.IssueDate < course.End)
        {
            throw DomainRuleException.Invalid("certificate.issue_date",
                $"证书发证日期 {ClerkText.Day(certificate.IssueDate)} 早于培训结束日期 {ClerkText.Day(course.End)}：不是该培训取得的证书。");
        }

        if (certificate.IssueDate > today)
        {
            throw DomainRuleException.Invalid("certificate.issue_date",
                $"发证日期 {ClerkText.Day(certificate.IssueDate)} 晚于今天 {ClerkText.Day(today)}，请核对证书。");
        }
    }

    /// <summary>A course is subsidised once for a person, and a certificate leads to one subsidised course. Returns the application that holds it.</summary>
    private static string? OnePerCourse(TrainingCourse course, SkillCertificate certificate, PriorSubsidies prior, ExplanationBuilder explanation)
    {
        var first = prior.VocationalTrainings.FirstOrDefault(p =>
            string.Equals(p.CourseId, course.CourseId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.CertificateNumber, certificate.CertificateNumber, StringComparison.OrdinalIgnoreCase));
        explanation.Check(R.OnePerCourse, first is null,
                first is null ? $"培训项目 {course.CourseId}（证书 {certificate.CertificateNumber}）未享受过职业培训补贴。"
                    : $"培训项目 {course.CourseId}（证书 {certificate.CertificateNumber}）已由申请 {first.ApplicationId} 享受职业培训补贴，同一培训只能享受一次。")
            .Fact("course.course_id", course.CourseId, "request")
            .Fact("certificate.certificate_number", certificate.CertificateNumber, "request")
            .Fact("first_application_id", first?.ApplicationId ?? "（无）", "training");
        return first?.ApplicationId;
    }

    /// <summary>
    /// 2024 (焦政办〔2024〕15号（十二）): not together with a skill-upgrade subsidy for the same training — a
    /// skill-upgrade subsidy of the same occupation and level for a certificate issued on or after the
    /// course's end (R24). In force by the certificate's issue date, as the skill-upgrade side reads it.
    /// </summary>
    private void NotWithSkillUpgrade(TrainingCourse course, SkillCertificate certificate, PriorSubsidies prior, Region region, ExplanationBuilder explanation)
    {
        if (!_catalog.TryResolve(K.SkillUpgradeNotWithVocationalTraining, region, certificate.IssueDate, out var noStacking) || !noStacking.Value.Boolean)
        {
            return;
        }

        var skill = prior.SkillUpgrades.FirstOrDefault(p =>
            string.Equals(p.OccupationCode, course.OccupationCode, StringComparison.Ordinal)
            && p.Level == course.Level && p.IssueDate >= course.End);
        explanation.Check(R.NotWithSkillUpgrade, skill is null,
                skill is null ? "同一培训未享受技能提升补贴。"
                    : $"同一培训已由申请 {skill.ApplicationId} 享受技能提升补贴（证书 {skill.CertificateNumber}），技能提升补贴和职业培训补贴不得重复享受。")
            .Fact("skill_upgrade_application_id", skill?.ApplicationId ?? "（无）", "training")
            .Uses(noStacking)
            .Cites(Ruling("R24", "同一培训：同一职业（工种）、同一等级、在发证日期或之前结束的培训项目"));
    }

    private static Citation Ruling(string id, string titleZh) => new() { RulingId = id, Title = titleZh, DocumentNumber = "裁定" };
}
