using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.Training.Domain.SkillUpgrade;
using Employment.Training.Domain.VocationalTraining;
using Xunit;
using static Training.Tests.Domain.SkillUpgradeCases;
using R = Employment.Training.Domain.VocationalTraining.VocationalTrainingRuleIds;

namespace Training.Tests.Domain;

/// <summary>职业培训补贴 per completed course, judged in process: each test is named by the ruling and the clause it holds.</summary>
public sealed class VocationalTrainingRulesTests
{
    private static readonly VocationalTrainingRules Configured = new(ShippedCatalog.Configured);
    private static readonly VocationalTrainingRules Shipped = new(ShippedCatalog.Catalog);

    private static TrainingCourse Course(DateOnly start, DateOnly end, CertificateLevel level = CertificateLevel.Level4, string id = "C-1") =>
        new(id, "焦作市职业培训学校", "52410800MJ000000XA", "6-18-01-01", level, start, end, 120);

    /// <summary>A course of April–May and the certificate it led to, issued on <paramref name="issued"/>.</summary>
    private static VocationalTrainingCase CaseOf(DateOnly issued, PriorSubsidies? prior = null, Region? region = null, CertificateLevel level = CertificateLevel.Level4)
    {
        var certificate = Certificate(issued.Year, level, month: issued.Month, day: issued.Day);
        return new(Course(new DateOnly(issued.Year, 4, 1), new DateOnly(issued.Year, 5, 20), level), certificate, Unemployed, prior ?? PriorSubsidies.None, region ?? Wuzhi, Today);
    }

    /// <summary>Registered unemployed since well before any course here: 城镇失业人员 (Jiaozuo 2023 measures cl.80).</summary>
    private static readonly PersonProfile Unemployed = VocationalPeople.Profile(VocationalPeople.Registration(new DateOnly(2022, 12, 1)));

    private static Check CheckOf(VocationalTrainingJudgement judgement, string ruleId) =>
        Assert.Single(judgement.Explanation.Checks, c => c.RuleId == ruleId);

    [Fact]
    public void R3_the_amount_per_course_is_the_configured_value_read_on_the_courses_end_date()
    {
        var judgement = Configured.Judge(CaseOf(new DateOnly(2024, 6, 1)));

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.Equal(ShippedCatalog.SampleAmountPerCourseFen, judgement.AmountFen);
        Assert.Equal(new CalendarDate { Year = 2024, Month = 5, Day = 20 }, judgement.Explanation.RulesDate);
        Assert.True(CheckOf(judgement, R.AmountPerCourse).Passed);
    }

    [Fact]
    public void R3_unconfigured_amount_per_course_is_refused_naming_key_region_and_date()
    {
        var unconfigured = Assert.Throws<DomainRuleException>(() => Shipped.Judge(CaseOf(new DateOnly(2024, 6, 1))));
        var jiyuan = Assert.Throws<DomainRuleException>(() => Configured.Judge(CaseOf(new DateOnly(2024, 6, 1), region: Region.Parse("419001"))));

        foreach (var (refusal, region) in new[] { (unconfigured, "410823"), (jiyuan, "419001") })
        {
            Assert.Equal(DomainRuleKind.NotAllowedNow, refusal.Kind);
            Assert.Contains("training.vocational_training.amount_per_course", refusal.Message, StringComparison.Ordinal);
            Assert.Contains(region, refusal.Message, StringComparison.Ordinal);
            Assert.Contains("2024-05-20", refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Course_dates_a_course_ending_before_it_starts_is_invalid_naming_the_field()
    {
        var certificate = Certificate(2024);
        var backwards = new VocationalTrainingCase(Course(new DateOnly(2024, 5, 20), new DateOnly(2024, 4, 1)), certificate, Unemployed, PriorSubsidies.None, Wuzhi, Today);
        var unfinished = new VocationalTrainingCase(Course(new DateOnly(2026, 11, 1), Today.AddDays(5)), certificate, Unemployed, PriorSubsidies.None, Wuzhi, Today);

        var refused = Assert.Throws<DomainRuleException>(() => Configured.Judge(backwards));
        var notEnded = Assert.Throws<DomainRuleException>(() => Configured.Judge(unfinished));

        Assert.Equal(DomainRuleKind.InvalidInput, refused.Kind);
        Assert.Equal("course.period.until", refused.Field);
        Assert.Equal("course.period.until", notEnded.Field);
    }

    [Fact]
    public void Course_links_to_its_certificate_same_occupation_and_level_issued_once_the_course_ended()
    {
        var course = Course(new DateOnly(2024, 4, 1), new DateOnly(2024, 5, 20));
        VocationalTrainingCase With(SkillCertificate certificate) => new(course, certificate, Unemployed, PriorSubsidies.None, Wuzhi, Today);

        var otherOccupation = Assert.Throws<DomainRuleException>(() => Configured.Judge(With(Certificate(2024, occupation: "4-01-02-01"))));
        var otherLevel = Assert.Throws<DomainRuleException>(() => Configured.Judge(With(Certificate(2024, CertificateLevel.Level3))));
        var before = Assert.Throws<DomainRuleException>(() => Configured.Judge(With(Certificate(2024, month: 5, day: 1))));

        Assert.Equal("course.occupation_code", otherOccupation.Field);
        Assert.Equal("course.level", otherLevel.Field);
        Assert.Equal("certificate.issue_date", before.Field);
    }

    [Fact]
    public void One_subsidy_per_course_names_the_first_application()
    {
        var @case = CaseOf(new DateOnly(2024, 6, 1));
        var prior = new PriorSubsidies([], [new PriorVocationalTraining("TV-1", "6-18-01-01", CertificateLevel.Level4, @case.Course.End, @case.Course.CourseId, "OTHER")]);

        var judgement = Configured.Judge(@case with { Prior = prior });

        Assert.False(judgement.Eligible);
        Assert.Equal("TV-1", judgement.DuplicateOf);
        Assert.False(CheckOf(judgement, R.OnePerCourse).Passed);
        Assert.Equal(DomainRuleKind.AlreadyExists, Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted(@case.Course.CourseId)).Kind);
    }

    [Fact]
    public void R24_15号十二_not_together_with_a_skill_upgrade_subsidy_for_the_same_training()
    {
        var @case = CaseOf(new DateOnly(2024, 6, 1));
        PriorSubsidies Skill(CertificateLevel level, DateOnly issued) =>
            new([new PriorSkillUpgrade("TS-1", "S-1", "6-18-01-01", level, issued)], []);

        var same = Configured.Judge(@case with { Prior = Skill(CertificateLevel.Level4, @case.Certificate.IssueDate) });
        var otherLevel = Configured.Judge(@case with { Prior = Skill(CertificateLevel.Level5, @case.Certificate.IssueDate) });
        var issuedBeforeCourseEnded = Configured.Judge(@case with { Prior = Skill(CertificateLevel.Level4, new DateOnly(2024, 3, 1)) });
        var in2023 = Configured.Judge(CaseOf(new DateOnly(2023, 6, 1), prior: Skill(CertificateLevel.Level4, new DateOnly(2023, 6, 1))));

        Assert.False(same.Eligible);
        var check = CheckOf(same, R.NotWithSkillUpgrade);
        Assert.False(check.Passed);
        Assert.Contains(check.Citations, c => c.DocumentNumber == "焦政办〔2024〕15号");
        Assert.Contains(check.Citations, c => c.RulingId == "R24");
        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() => same.EnsureGranted("C-1")).Kind);
        Assert.True(otherLevel.Eligible);
        Assert.True(issuedBeforeCourseEnded.Eligible);
        Assert.True(in2023.Eligible, "36号（三） has no no-stacking rule");
        Assert.DoesNotContain(in2023.Explanation.Checks, c => c.RuleId == R.NotWithSkillUpgrade);
    }
}
