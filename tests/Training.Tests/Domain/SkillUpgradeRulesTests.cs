using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.Training.Domain.SkillUpgrade;
using Xunit;
using static Training.Tests.Domain.SkillUpgradeCases;
using R = Employment.Training.Domain.SkillUpgrade.SkillUpgradeRuleIds;

namespace Training.Tests.Domain;

/// <summary>技能提升补贴, judged in process: each test is named by the ruling and the clause it holds.</summary>
public sealed class SkillUpgradeRulesTests
{
    private static Check CheckOf(SkillUpgradeJudgement judgement, string ruleId) =>
        Assert.Single(judgement.Explanation.Checks, c => c.RuleId == ruleId);

    [Theory]
    [InlineData(2023, CertificateLevel.Level5, 100_000, "焦政办〔2023〕36号", "（三）")]
    [InlineData(2023, CertificateLevel.Level4, 150_000, "焦政办〔2023〕36号", "（三）")]
    [InlineData(2023, CertificateLevel.Level3, 200_000, "焦政办〔2023〕36号", "（三）")]
    [InlineData(2023, CertificateLevel.Unlevelled, 150_000, "焦政办〔2023〕36号", "（三）")]
    [InlineData(2024, CertificateLevel.Level5, 100_000, "焦政办〔2024〕15号", "（十二）")]
    [InlineData(2024, CertificateLevel.Level4, 150_000, "焦政办〔2024〕15号", "（十二）")]
    [InlineData(2024, CertificateLevel.Level3, 200_000, "焦政办〔2024〕15号", "（十二）")]
    [InlineData(2024, CertificateLevel.Unlevelled, 150_000, "焦政办〔2024〕15号", "（十二）")]
    public void R12_each_level_and_the_unlevelled_certificate_is_paid_its_amount_with_the_clause(int year, CertificateLevel level, long fen, string document, string clause)
    {
        var judgement = Rules.Judge(Case(Certificate(year, level)));

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.Equal(fen, judgement.AmountFen);
        Assert.Equal(Outcome.Passed, judgement.Explanation.Outcome);
        var citation = Assert.Single(CheckOf(judgement, R.LevelHasAmount).Citations);
        Assert.Equal(document, citation.DocumentNumber);
        Assert.Equal(clause, citation.Clause);
        Assert.Equal(new CalendarDate { Year = year, Month = 6, Day = 1 }, judgement.Explanation.RulesDate);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void R24_eleven_insured_months_by_the_issue_date_are_refused_and_twelve_are_paid(int year)
    {
        var certificate = Certificate(year);

        var eleven = Rules.Judge(Case(certificate, Insured(11, certificate.IssueDate)));
        var twelve = Rules.Judge(Case(certificate, Insured(12, certificate.IssueDate)));

        Assert.False(eleven.Eligible);
        Assert.Equal(0, eleven.AmountFen);
        var failed = CheckOf(eleven, R.InsuranceMonthsMin);
        Assert.False(failed.Passed);
        Assert.Contains(failed.FactsUsed, f => f.Name == "unemployment_insurance_months" && f.Value == "11");
        Assert.Contains(R.InsuranceMonthsMin, eleven.FailedRules);
        Assert.True(twelve.Eligible, twelve.Explanation.SummaryZh);
        Assert.True(CheckOf(twelve, R.InsuranceMonthsMin).Passed);
    }

    [Fact]
    public void R24_months_after_the_issue_date_do_not_count()
    {
        var certificate = Certificate(2023);
        // Twenty months recorded, but only eleven of them before the certificate.
        var person = new PersonInsuranceFacts(
            [new UnemploymentInsuranceSpan(new DateSpan(certificate.IssueDate.AddMonths(-11), certificate.IssueDate.AddMonths(9)), 20, "fact-ui")], [], []);

        Assert.False(Rules.Judge(Case(certificate, person)).Eligible);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void R24_drawing_unemployment_benefit_on_the_issue_date_is_enough_without_insurance_months(int year)
    {
        var certificate = Certificate(year);

        var judgement = Rules.Judge(Case(certificate, OnBenefit(certificate.IssueDate.AddMonths(-2))));
        var benefitEnded = Rules.Judge(Case(certificate, OnBenefit(certificate.IssueDate.AddMonths(-14))));

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.True(CheckOf(judgement, R.BenefitInForce).Passed);
        Assert.False(benefitEnded.Eligible);
        Assert.False(CheckOf(benefitEnded, R.BenefitInForce).Passed);
        Assert.False(CheckOf(benefitEnded, R.InsuranceMonthsMin).Passed);
    }

    [Fact]
    public void R24_15号十二_from_2024_the_insured_worker_needs_a_contract_in_force_on_the_issue_date()
    {
        var in2023 = Certificate(2023);
        var in2024 = Certificate(2024);

        Assert.True(Rules.Judge(Case(in2023, Insured(24, in2023.IssueDate, contract: false))).Eligible);
        var refused = Rules.Judge(Case(in2024, Insured(24, in2024.IssueDate, contract: false)));
        Assert.False(refused.Eligible);
        Assert.False(CheckOf(refused, R.EmploymentContractInForce).Passed);
        Assert.True(CheckOf(Rules.Judge(Case(in2024)), R.EmploymentContractInForce).Passed);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void R24_the_fourth_certificate_issued_in_a_year_is_refused(int year)
    {
        var prior = Prior(
            Certificate(year, CertificateLevel.Level5, "4-01-01-01", month: 1),
            Certificate(year, CertificateLevel.Level5, "4-01-02-01", month: 2),
            Certificate(year, CertificateLevel.Level5, "4-01-03-01", month: 3));

        var fourth = Rules.Judge(Case(Certificate(year, CertificateLevel.Level4, "6-18-01-01", month: 6), prior: prior));

        Assert.False(fourth.Eligible);
        var check = CheckOf(fourth, R.MaxPerYear);
        Assert.False(check.Passed);
        Assert.Contains(check.FactsUsed, f => f.Name == "subsidies_in_issue_year" && f.Value == "3");
        Assert.Equal(year == 2023 ? "焦政办〔2023〕36号" : "焦政办〔2024〕15号", Assert.Single(check.Citations).DocumentNumber);
    }

    [Fact]
    public void R24_the_yearly_count_restarts_on_1_January()
    {
        var prior = Prior(
            Certificate(2023, CertificateLevel.Level5, "4-01-01-01", month: 10),
            Certificate(2023, CertificateLevel.Level5, "4-01-02-01", month: 11),
            Certificate(2023, CertificateLevel.Level5, "4-01-03-01", month: 12));

        var lastDay = Rules.Judge(Case(Certificate(2023, CertificateLevel.Level4, month: 12, day: 31), prior: prior));
        var firstDay = Rules.Judge(Case(Certificate(2024, CertificateLevel.Level4, month: 1, day: 1), prior: prior));

        Assert.False(lastDay.Eligible);
        Assert.True(firstDay.Eligible, firstDay.Explanation.SummaryZh);
        Assert.Contains(CheckOf(firstDay, R.MaxPerYear).FactsUsed, f => f.Name == "subsidies_in_issue_year" && f.Value == "0");
    }

    [Fact]
    public void R24_15号十二_one_subsidy_per_occupation_and_level_from_2024_but_not_in_2023()
    {
        var first2023 = Certificate(2023, CertificateLevel.Level4, number: "A-1", month: 3);
        var again2023 = Certificate(2023, CertificateLevel.Level4, number: "A-2", month: 9);
        var first2024 = Certificate(2024, CertificateLevel.Level4, number: "B-1", month: 3);
        var again2024 = Certificate(2024, CertificateLevel.Level4, number: "B-2", month: 9);

        Assert.True(Rules.Judge(Case(again2023, prior: Prior(first2023))).Eligible);
        Assert.DoesNotContain(Rules.Judge(Case(again2023, prior: Prior(first2023))).Explanation.Checks, c => c.RuleId == R.OnePerOccupationLevel);
        var refused = Rules.Judge(Case(again2024, prior: Prior(first2024)));
        Assert.False(refused.Eligible);
        Assert.False(CheckOf(refused, R.OnePerOccupationLevel).Passed);
        Assert.True(Rules.Judge(Case(Certificate(2024, CertificateLevel.Level4, "4-07-01-01", number: "B-3"), prior: Prior(first2024))).Eligible);
    }

    [Fact]
    public void R24_15号十二_no_lower_level_after_a_higher_one_of_the_same_occupation_looking_back_at_2023()
    {
        var higherIn2023 = Certificate(2023, CertificateLevel.Level3, number: "H-1", month: 10);

        var lower = Rules.Judge(Case(Certificate(2024, CertificateLevel.Level4, number: "L-1"), prior: Prior(higherIn2023)));
        var higherStill = Rules.Judge(Case(Certificate(2024, CertificateLevel.Level3, "6-18-02-01", number: "L-2"), prior: Prior(higherIn2023)));
        var upward = Rules.Judge(Case(Certificate(2024, CertificateLevel.Level3, number: "U-1"), prior: Prior(Certificate(2023, CertificateLevel.Level4, number: "U-0"))));

        Assert.False(lower.Eligible);
        var check = CheckOf(lower, R.NoLowerLevelAfterHigher);
        Assert.False(check.Passed);
        Assert.Contains(check.FactsUsed, f => f.Name == "higher_level_application_id" && f.Value == "TA-1");
        Assert.True(higherStill.Eligible, "another occupation is not the same occupation");
        Assert.True(upward.Eligible, "a higher level after a lower one is paid");
    }

    [Fact]
    public void R24_15号十二_not_together_with_a_vocational_training_subsidy_for_the_same_training()
    {
        var certificate = Certificate(2024, CertificateLevel.Level4);
        PriorSubsidies Course(CertificateLevel level, DateOnly end) =>
            new([], [new PriorVocationalTraining("VT-1", certificate.OccupationCode, level, end)]);

        var same = Rules.Judge(Case(certificate, prior: Course(CertificateLevel.Level4, certificate.IssueDate.AddDays(-10))));
        var otherLevel = Rules.Judge(Case(certificate, prior: Course(CertificateLevel.Level5, certificate.IssueDate.AddDays(-10))));
        var endedAfter = Rules.Judge(Case(certificate, prior: Course(CertificateLevel.Level4, certificate.IssueDate.AddDays(10))));
        var in2023 = Rules.Judge(Case(Certificate(2023, CertificateLevel.Level4), prior: Course(CertificateLevel.Level4, new DateOnly(2023, 5, 1))));

        Assert.False(same.Eligible);
        Assert.False(CheckOf(same, R.NotWithVocationalTraining).Passed);
        Assert.True(otherLevel.Eligible);
        Assert.True(endedAfter.Eligible);
        Assert.True(in2023.Eligible, "36号（三） has no no-stacking rule");
    }

    [Theory]
    [InlineData(CertificateLevel.Level2)]
    [InlineData(CertificateLevel.Level1)]
    public void R24_level_2_and_1_certificates_have_no_policy_and_are_never_paid_as_unlevelled(CertificateLevel level)
    {
        var judgement = Rules.Judge(Case(Certificate(2024, level)));

        Assert.False(judgement.Eligible);
        Assert.Equal(0, judgement.AmountFen);
        var check = CheckOf(judgement, R.LevelHasAmount);
        Assert.False(check.Passed);
        Assert.Equal("R24", Assert.Single(check.Citations).RulingId);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void R27_Jiyuan_has_no_policy_where_a_Jiaozuo_county_pays_on_the_same_facts(int year)
    {
        var certificate = Certificate(year, CertificateLevel.Level3);

        var wuzhi = Rules.Judge(Case(certificate, region: Region.Parse("410823")));
        var jiyuan = Rules.Judge(Case(certificate, region: Region.Parse("419001")));

        Assert.True(wuzhi.Eligible);
        Assert.Equal(200_000, wuzhi.AmountFen);
        Assert.False(jiyuan.Eligible);
        Assert.Equal(0, jiyuan.AmountFen);
        var check = Assert.Single(jiyuan.Explanation.Checks);
        Assert.Equal(R.PolicyInForce, check.RuleId);
        Assert.False(check.Passed);
        Assert.Equal("R27", Assert.Single(check.Citations).RulingId);
    }

    [Fact]
    public void R1_a_certificate_issued_on_2025_01_01_finds_no_policy_where_one_of_2024_12_31_is_paid()
    {
        var lastDay = Rules.Judge(Case(Certificate(2024, month: 12, day: 31)));
        var nextDay = Rules.Judge(Case(Certificate(2025, month: 1, day: 1)));

        Assert.True(lastDay.Eligible);
        Assert.False(nextDay.Eligible);
        Assert.Equal([R.PolicyInForce], nextDay.FailedRules);
    }

    [Fact]
    public void R24_one_subsidy_per_certificate_number_ever_refused_at_submission_with_the_first_application()
    {
        var certificate = Certificate(2023, number: "CERT-9");
        var judgement = Rules.Judge(Case(certificate, prior: Prior(certificate)));

        Assert.False(judgement.Eligible);
        Assert.Equal("TA-1", judgement.DuplicateOf);
        var refusal = Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted(certificate.CertificateNumber));
        Assert.Equal(DomainRuleKind.AlreadyExists, refusal.Kind);
        Assert.Equal("certificate.certificate_number", refusal.Field);
        Assert.Contains("TA-1", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R24_a_broken_rule_at_submission_names_the_rule()
    {
        var certificate = Certificate(2024);
        var judgement = Rules.Judge(Case(certificate, Insured(11, certificate.IssueDate)));

        var refusal = Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted(certificate.CertificateNumber));

        Assert.Equal(DomainRuleKind.NotAllowedNow, refusal.Kind);
        Assert.Equal(R.InsuranceMonthsMin, refusal.RuleId);
        Assert.Contains("11", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R1_a_certificate_dated_after_today_is_invalid_input_naming_the_issue_date()
    {
        var certificate = Certificate(2024) with { IssueDate = Today.AddDays(1) };

        var refusal = Assert.Throws<DomainRuleException>(() => Rules.Judge(Case(certificate, Insured(24, Today))));

        Assert.Equal(DomainRuleKind.InvalidInput, refusal.Kind);
        Assert.Equal("certificate.issue_date", refusal.Field);
    }

    [Fact]
    public void An_unknown_level_is_invalid_input_naming_the_level()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Rules.Judge(Case(Certificate(2024) with { Level = (CertificateLevel)9 })));

        Assert.Equal("certificate.level", refusal.Field);
    }

    [Fact]
    public void Every_check_id_is_one_of_the_literal_rule_ids()
    {
        var literals = typeof(R).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var certificate = Certificate(2024, CertificateLevel.Level4);
        var prior = new PriorSubsidies(Prior(certificate).SkillUpgrades, [new PriorVocationalTraining("VT-1", certificate.OccupationCode, certificate.Level, certificate.IssueDate)]);
        var judgements = new[]
        {
            Rules.Judge(Case(certificate, Insured(3, certificate.IssueDate, contract: false), prior)),
            Rules.Judge(Case(Certificate(2024, CertificateLevel.Level2))),
            Rules.Judge(Case(certificate, region: Region.Jiyuan)),
        };

        foreach (var check in judgements.SelectMany(j => j.Explanation.Checks))
        {
            Assert.Contains(check.RuleId, literals);
            Assert.False(string.IsNullOrWhiteSpace(check.DescriptionZh));
            Assert.NotEmpty(check.Citations);
        }
    }
}
