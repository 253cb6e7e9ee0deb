using Employment.Common.V1;
using Employment.Hiring.Domain.StartupSubsidies;
using Employment.Policy.Model;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain;

/// <summary>
/// The one-off start-up subsidy: Henan's 开业补贴 (D09 cl.32, R14) and Jiaozuo's 一次性创业补贴
/// (焦政办〔2023〕29号 cl.21), each judged on its own and paid once at the highest amount (R21, R23).
/// </summary>
public sealed class StartupSubsidyTests
{
    private const string Henan = "一次性开业补贴（河南省《支持中小企业发展若干财税政策》第32条）";
    private const string Jiaozuo29 = "一次性创业补贴（焦政办〔2023〕29号 第21条）";

    private static readonly StartupSubsidyJudge Judge = new(ShippedCatalog.Catalog);

    private static PersonProfile Veteran() => Person(D(1990, 5, 1), Status(PersonFactKind.Veteran, D(2015, 9, 1)));

    private static PersonProfile RecentGraduate() => Person(D(1998, 5, 1), CollegeGraduate(D(2020, 6, 30)));

    private static StartupSubsidyJudgement Apply(PersonProfile founder, BusinessForm form, DateOnly registered, Region? region = null, bool operated = true, params PriorStartupSubsidy[] prior) =>
        Judge.Judge(new StartupApplication(founder, new StartupBusiness(form, registered, region ?? Hires.Jiaozuo, FirstBusiness: true, OperatedNormally: operated), prior));

    private static StartupMeasureJudgement Measure(StartupSubsidyJudgement judgement, string name) =>
        Assert.Single(judgement.Measures, m => m.MeasureNameZh == name);

    [Fact]
    public void R21_jz_2023_29_21_a_veteran_running_an_individual_business_is_paid_by_Jiaozuo_though_Henan_D09_omits_veterans()
    {
        var judgement = Apply(Veteran(), BusinessForm.IndividualBusiness, D(2022, 9, 1));

        Assert.True(judgement.Approved);
        Assert.Equal(500_000, judgement.AmountFen);
        Assert.Equal(Jiaozuo29, judgement.PaidUnderZh);
        Assert.False(Measure(judgement, Henan).Passed);
        Assert.Contains(Measure(judgement, Jiaozuo29).Explanation.Checks, c => c.RuleId == "startup.first_self_employment_subsidy.founder_group" && c.Passed);
    }

    [Fact]
    public void R21_a_graduate_founding_an_enterprise_is_paid_by_Henan_D09_cl32_since_29号_covers_only_individual_businesses()
    {
        var judgement = Apply(RecentGraduate(), BusinessForm.Enterprise, D(2022, 9, 1));

        Assert.True(judgement.Approved);
        Assert.Equal(Henan, judgement.PaidUnderZh);
        Assert.False(Assert.Single(Measure(judgement, Jiaozuo29).Explanation.Checks, c => c.RuleId == "startup.first_self_employment_subsidy.business_form").Passed);
    }

    [Fact]
    public void R21_a_veteran_founding_an_enterprise_qualifies_under_neither_measure()
    {
        var judgement = Apply(Veteran(), BusinessForm.Enterprise, D(2022, 9, 1));

        Assert.False(judgement.Approved);
        Assert.Equal(0, judgement.AmountFen);
        Assert.All(judgement.Measures, m => Assert.False(m.Passed));
    }

    [Theory]
    [InlineData(12, false)]  // entitled 2023-07-12: 29号 not yet in force
    [InlineData(13, true)]   // entitled 2023-07-13: 29号's first day
    public void R23_the_rule_in_force_on_the_entitlement_date_applies(int day, bool paid)
    {
        var judgement = Apply(Veteran(), BusinessForm.IndividualBusiness, D(2022, 7, day));

        Assert.Equal(paid, judgement.Approved);
        var jiaozuo = Measure(judgement, Jiaozuo29);
        Assert.Equal(paid ? D(2023, 7, day) : null, jiaozuo.EntitledOn);
        Assert.Equal(paid, Assert.Single(jiaozuo.Explanation.Checks, c => c.RuleId == "startup.first_self_employment_subsidy.policy_in_force").Passed);
    }

    [Fact]
    public void R23_the_founders_group_is_judged_on_the_registration_date()
    {
        var certifiedLater = Person(D(1990, 5, 1), Status(PersonFactKind.Veteran, D(2022, 10, 1)));

        Assert.False(Apply(certifiedLater, BusinessForm.IndividualBusiness, D(2022, 9, 1)).Approved);
    }

    [Fact]
    public void R14_D09_cl32_a_year_of_normal_operation_is_required()
    {
        var judgement = Apply(RecentGraduate(), BusinessForm.IndividualBusiness, D(2022, 9, 1), operated: false);

        Assert.False(judgement.Approved);
        Assert.False(Assert.Single(Measure(judgement, Henan).Explanation.Checks, c => c.RuleId == "startup.opening_subsidy.operated_min_years").Passed);
    }

    [Fact]
    public void R14_the_subsidy_is_paid_once_per_person_and_a_second_application_names_the_first()
    {
        var judgement = Apply(RecentGraduate(), BusinessForm.IndividualBusiness, D(2022, 9, 1), prior: new PriorStartupSubsidy("SU-2023-000042", D(2023, 3, 1)));

        Assert.False(judgement.Approved);
        Assert.Equal("SU-2023-000042", judgement.ConflictingClaimReference);
        var once = Assert.Single(Measure(judgement, Jiaozuo29).Explanation.Checks, c => c.RuleId == "startup.first_self_employment_subsidy.once_per_person");
        Assert.Contains("SU-2023-000042", once.DescriptionZh, StringComparison.Ordinal);
        Assert.Contains("焦政办〔2023〕29号", once.DescriptionZh, StringComparison.Ordinal);
    }

    [Fact]
    public void R27_in_Jiyuan_only_Henan_D09_applies_so_a_veteran_is_refused_and_a_graduate_paid()
    {
        var veteran = Apply(Veteran(), BusinessForm.IndividualBusiness, D(2022, 9, 1), Region.Jiyuan);
        var graduate = Apply(RecentGraduate(), BusinessForm.IndividualBusiness, D(2022, 9, 1), Region.Jiyuan);

        Assert.False(veteran.Approved);
        Assert.False(Measure(veteran, Jiaozuo29).Passed);
        Assert.Null(Measure(veteran, Jiaozuo29).EntitledOn);
        Assert.True(graduate.Approved);
        Assert.Equal(Henan, graduate.PaidUnderZh);
    }
}
