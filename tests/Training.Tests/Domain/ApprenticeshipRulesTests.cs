using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.Training.Domain.Apprenticeship;
using Employment.Training.Domain.SkillUpgrade;
using Xunit;
using static Training.Tests.Domain.SkillUpgradeCases;
using R = Employment.Training.Domain.Apprenticeship.ApprenticeshipRuleIds;

namespace Training.Tests.Domain;

/// <summary>企业新型学徒制培训补贴 (豫政办〔2022〕14号 四、; R26), judged in process.</summary>
public sealed class ApprenticeshipRulesTests
{
    private static readonly ApprenticeshipRules Configured = new(ShippedCatalog.Configured);
    private static readonly ApprenticeshipRules Shipped = new(ShippedCatalog.Catalog);

    private static ApprenticeshipCase CaseOf(CertificateLevel level = CertificateLevel.Level4, int year = 1, IReadOnlyList<PriorApprenticeYear>? prior = null, Region? region = null)
    {
        var start = new DateOnly(2023, 9, 1).AddYears(year - 1);
        return new(new ApprenticeTrainingYear("91410800MA0000007L", "焦作某机械有限公司", "6-18-01-01", level, year, start, start.AddYears(1).AddDays(-1)),
            prior ?? [], region ?? Wuzhi, Today);
    }

    private static Check CheckOf(ApprenticeshipJudgement judgement, string ruleId) =>
        Assert.Single(judgement.Explanation.Checks, c => c.RuleId == ruleId);

    [Theory]
    [InlineData(CertificateLevel.Level4, 500_000)]
    [InlineData(CertificateLevel.Level3, 600_000)]
    public void R26_豫政办2022_14号四_中级工_is_level_4_and_高级工_level_3_paid_per_apprentice_per_year(CertificateLevel level, long fen)
    {
        var judgement = Configured.Judge(CaseOf(level));

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.Equal(fen, judgement.AmountFen);
        var check = CheckOf(judgement, R.LevelHasAmount);
        Assert.Contains(check.Citations, c => c.DocumentNumber == "豫政办〔2022〕14号" && c.Clause == "四、");
        Assert.Contains(check.Citations, c => c.RulingId == "R26");
        Assert.Equal(new CalendarDate { Year = 2023, Month = 9, Day = 1 }, judgement.Explanation.RulesDate);
    }

    [Theory]
    [InlineData(CertificateLevel.Level5)]
    [InlineData(CertificateLevel.Level2)]
    [InlineData(CertificateLevel.Unlevelled)]
    public void R26_levels_other_than_中级工_and_高级工_have_no_amount(CertificateLevel level)
    {
        var judgement = Configured.Judge(CaseOf(level));

        Assert.False(judgement.Eligible);
        Assert.Equal(0, judgement.AmountFen);
        Assert.False(CheckOf(judgement, R.LevelHasAmount).Passed);
    }

    [Fact]
    public void R26_R3_training_years_beyond_the_configured_number_are_not_paid()
    {
        var last = Configured.Judge(CaseOf(year: ShippedCatalog.SampleApprenticeshipYears));
        var beyond = Configured.Judge(CaseOf(year: ShippedCatalog.SampleApprenticeshipYears + 1));

        Assert.True(last.Eligible, last.Explanation.SummaryZh);
        Assert.False(beyond.Eligible);
        Assert.False(CheckOf(beyond, R.MaxTrainingYears).Passed);
    }

    [Fact]
    public void R26_R3_an_unconfigured_number_of_years_is_refused_naming_key_region_and_date()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Shipped.Judge(CaseOf()));

        Assert.Equal(DomainRuleKind.NotAllowedNow, refusal.Kind);
        Assert.Contains("training.new_apprenticeship.max_training_years", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("410823", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("2023-09-01", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R26_每人每年_one_subsidy_per_apprentice_per_training_year()
    {
        var judgement = Configured.Judge(CaseOf(prior: [new PriorApprenticeYear("TA-1", 1)]));
        var nextYear = Configured.Judge(CaseOf(year: 2, prior: [new PriorApprenticeYear("TA-1", 1)]));

        Assert.False(judgement.Eligible);
        Assert.Equal("TA-1", judgement.DuplicateOf);
        Assert.Equal(DomainRuleKind.AlreadyExists, Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted(1)).Kind);
        Assert.True(nextYear.Eligible, nextYear.Explanation.SummaryZh);
    }

    [Fact]
    public void A_training_year_ending_before_it_starts_is_invalid_naming_the_field()
    {
        var @case = CaseOf();
        var backwards = @case with { Year = @case.Year with { End = @case.Year.Start.AddDays(-1) } };

        var refusal = Assert.Throws<DomainRuleException>(() => Configured.Judge(backwards));

        Assert.Equal(DomainRuleKind.InvalidInput, refusal.Kind);
        Assert.Equal("apprenticeship.year_period.until", refusal.Field);
    }
}
