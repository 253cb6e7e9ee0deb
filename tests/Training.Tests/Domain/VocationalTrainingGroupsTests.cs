using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.Training.Domain.SkillUpgrade;
using Employment.Training.Domain.VocationalTraining;
using Xunit;
using static Training.Tests.Domain.VocationalPeople;
using R = Employment.Training.Domain.VocationalTraining.VocationalTrainingRuleIds;

namespace Training.Tests.Domain;

/// <summary>
/// Whom the 职业培训补贴 covers: the groups are the catalog's, in force on the course's end date for the
/// decision region, each established from registry facts. Named by the clause that names the group.
/// </summary>
public sealed class VocationalTrainingGroupsTests
{
    private const string GroupPrefix = "training.vocational_training.group.";
    private static readonly VocationalTrainingRules Rules = new(ShippedCatalog.ConfiguredEverywhere);
    private static readonly Region Wuzhi = Region.Parse("410823");
    private static readonly Region Jiyuan = Region.Parse("419001");
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A level-4 welding course <paramref name="start"/> to <paramref name="start"/> + 50 days, its certificate issued 10 days later.</summary>
    private static VocationalTrainingJudgement Judge(DateOnly start, PersonProfile person, Region? region = null)
    {
        var end = start.AddDays(50);
        var course = new TrainingCourse("C-" + start.ToString("yyyyMMdd"), "焦作市职业培训学校", "52410800MJ000000XA", "6-18-01-01", CertificateLevel.Level4, start, end, 120);
        var certificate = new SkillCertificate("Z" + start.ToString("yyyyMMdd"), "6-18-01-01", "焊工", CertificateLevel.Level4, end.AddDays(10));
        return Rules.Judge(new VocationalTrainingCase(course, certificate, person, PriorSubsidies.None, region ?? Wuzhi, Today));
    }

    private static Check Group(VocationalTrainingJudgement judgement) =>
        Assert.Single(judgement.Explanation.Checks, c => c.RuleId == R.Group);

    private static string MembershipOf(VocationalTrainingJudgement judgement, string group) =>
        Assert.Single(Group(judgement).FactsUsed, f => f.Name == GroupPrefix + group).Value;

    [Fact]
    public void Jz_conf_80_a_registered_unemployed_person_is_covered_as_urban_unemployed()
    {
        var judgement = Judge(new DateOnly(2024, 4, 1), Profile(Registration(new DateOnly(2023, 10, 1))));

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.Equal("符合", MembershipOf(judgement, "urban_unemployed"));
        Assert.Contains(Group(judgement).Citations, c => c.Clause == "80．" && c.Region.Code == "410800");
    }

    [Fact]
    public void Jz_conf_80_a_college_graduate_who_left_school_without_a_job_is_covered_whatever_the_years_since()
    {
        var leftIn2018 = Profile(College(new DateOnly(2018, 6, 30)));
        var employedWhenTheCourseStarts = Profile(College(new DateOnly(2018, 6, 30)), Contract(new DateOnly(2024, 1, 1), termMonths: 0));

        var covered = Judge(new DateOnly(2024, 4, 1), leftIn2018);
        var employed = Judge(new DateOnly(2024, 4, 1), employedWhenTheCourseStarts);

        Assert.True(covered.Eligible, covered.Explanation.SummaryZh);
        Assert.Equal("符合", MembershipOf(covered, "graduate_left_school_unemployed"));
        Assert.False(employed.Eligible);
        Assert.Equal("不符合", MembershipOf(employed, "graduate_left_school_unemployed"));
        Assert.Contains(Group(employed).FactsUsed, f => f.Name == R.NotEmployedOnCourseStart && f.Value.StartsWith("未通过", StringComparison.Ordinal));
    }

    [Fact]
    public void Ha_D09_35_registered_unemployed_newly_hired_on_a_one_year_contract_and_trained_within_the_year_is_covered()
    {
        var hired = new DateOnly(2022, 3, 1);
        var person = Profile(Registration(new DateOnly(2021, 9, 1), hired.AddDays(-1)), Contract(hired, termMonths: 12));

        var onTheLastDay = Judge(hired.AddYears(1), person);
        var aDayLate = Judge(hired.AddYears(1).AddDays(1), person);
        var shortContract = Judge(new DateOnly(2022, 5, 1), Profile(Registration(new DateOnly(2021, 9, 1), hired.AddDays(-1)), Contract(hired, termMonths: 11)));

        Assert.True(onTheLastDay.Eligible, onTheLastDay.Explanation.SummaryZh);
        Assert.Equal("符合", MembershipOf(onTheLastDay, "new_hire_registered_unemployed"));
        Assert.Contains(Group(onTheLastDay).Citations, c => c.Clause == "35." && c.Region.Code == "410000");
        Assert.False(aDayLate.Eligible);
        Assert.Equal("不符合", MembershipOf(aDayLate, "new_hire_registered_unemployed"));
        Assert.False(shortContract.Eligible);
        Assert.Contains(Group(shortContract).FactsUsed, f => f.Name == R.NewHireContract && f.Value.StartsWith("未通过", StringComparison.Ordinal));
    }

    [Fact]
    public void Ha_D09_35_a_graduation_year_graduate_newly_hired_is_covered()
    {
        var hired = new DateOnly(2022, 7, 15);
        var person = Profile(College(new DateOnly(2022, 6, 30)), Contract(hired, termMonths: 36));

        var judgement = Judge(new DateOnly(2022, 9, 1), person);

        Assert.True(judgement.Eligible, judgement.Explanation.SummaryZh);
        Assert.Equal("符合", MembershipOf(judgement, "new_hire_graduation_year_graduate"));
    }

    [Fact]
    public void Ha_D09_35_groups_the_registry_cannot_establish_are_reported_not_established_never_passed()
    {
        // Newly hired and trained in time, but nothing in the registry says which of the five groups.
        var person = Profile(Contract(new DateOnly(2022, 3, 1), termMonths: 24));

        var judgement = Judge(new DateOnly(2022, 6, 1), person);

        Assert.False(judgement.Eligible);
        Assert.Equal(Outcome.Undetermined, judgement.Explanation.Outcome);
        foreach (var group in new[] { "new_hire_poor_family_child", "new_hire_school_leaver", "new_hire_rural_migrant_worker" })
        {
            Assert.StartsWith("无法认定", MembershipOf(judgement, group), StringComparison.Ordinal);
        }

        Assert.Contains(Group(judgement).FactsUsed, f => f.Name == R.GroupNotEstablished);
        Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted("C-20220601"));
    }

    [Fact]
    public void Groups_a_person_in_no_group_is_refused_naming_the_group_rule()
    {
        // Employed and insured for years, never registered unemployed, no recent hire: in no group of 2024.
        var worker = Profile(Contract(new DateOnly(2019, 1, 1), termMonths: 0));

        var judgement = Judge(new DateOnly(2024, 4, 1), worker);
        var refusal = Assert.Throws<DomainRuleException>(() => judgement.EnsureGranted("C-20240401"));

        Assert.False(judgement.Eligible);
        Assert.Equal(Outcome.Failed, judgement.Explanation.Outcome);
        Assert.False(Group(judgement).Passed);
        Assert.Contains(R.Group, judgement.FailedRules);
        Assert.Equal(DomainRuleKind.NotAllowedNow, refusal.Kind);
        Assert.Equal(R.Group, refusal.RuleId);
    }

    [Fact]
    public void R1_jz_conf_80_before_2023_an_unemployed_person_not_newly_hired_is_in_no_group()
    {
        var person = Profile(Registration(new DateOnly(2021, 1, 1)));

        var in2022 = Judge(new DateOnly(2022, 9, 1), person);
        var in2023 = Judge(new DateOnly(2023, 2, 1), person);

        Assert.False(in2022.Eligible);
        Assert.DoesNotContain(Group(in2022).FactsUsed, f => f.Name == GroupPrefix + "urban_unemployed");
        Assert.True(in2023.Eligible, in2023.Explanation.SummaryZh);
    }

    [Fact]
    public void R27_jy_19_79_Jiyuan_covers_the_same_groups_by_its_own_clause_never_Jiaozuos()
    {
        var person = Profile(Registration(new DateOnly(2023, 10, 1)));

        var jiyuan = Judge(new DateOnly(2024, 4, 1), person, Jiyuan);
        var jiaozuo = Judge(new DateOnly(2024, 4, 1), person);

        Assert.True(jiyuan.Eligible, jiyuan.Explanation.SummaryZh);
        Assert.Equal("符合", MembershipOf(jiyuan, "urban_unemployed"));
        Assert.Contains(Group(jiyuan).Citations, c => c.DocumentNumber == "济管〔2023〕19号" && c.Clause == "79.");
        Assert.DoesNotContain(jiyuan.Explanation.Checks.SelectMany(c => c.Citations), c => c.Region?.Code == "410800");
        Assert.True(jiaozuo.Eligible);
        Assert.DoesNotContain(jiaozuo.Explanation.Checks.SelectMany(c => c.Citations), c => c.Region?.Code == "419001");
    }
}
