using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests.Domain;

/// <summary>R29's screen and the duplicate key, in-process.</summary>
public sealed class PostingScreenTests
{
    private static readonly PostingScreen Screen = new(ScreeningPhrases.Shipped);

    private static PostingContent Content(string title = "财务会计", string description = "负责账务处理。", Requirements? requirements = null) => new(
        new PostingEmployer("91410802MA47XJ6W3B", "测试公司", false), title, "2-06-03-00", description, EmploymentKind.FullTime,
        new WorkPlace("410802", "解放区测试路1号", new GeoPoint(35.24, 113.23)), new PayRange(400_000, 600_000, PayPeriod.Month), 1,
        requirements ?? Requirements.None, [], new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 31), new PostingSource(SourceKind.Counter, ""), "0391-3900000", null, "");

    [Theory]
    [InlineData("只招男工，包吃住", ScreeningCondition.Sex)]
    [InlineData("女士优先", ScreeningCondition.Sex)]
    [InlineData("需本地户口", ScreeningCondition.HouseholdRegistration)]
    [InlineData("外地人勿扰", ScreeningCondition.HouseholdRegistration)]
    [InlineData("限农村户口", ScreeningCondition.UrbanRuralOrigin)]
    [InlineData("限汉族", ScreeningCondition.Ethnicity)]
    [InlineData("不招农民工", ScreeningCondition.Identity)]
    [InlineData("四肢健全", ScreeningCondition.Disability)]
    [InlineData("三年内不生育", ScreeningCondition.MaritalStatus)]
    [InlineData("ＬＩＭＩＴ 性别：男", ScreeningCondition.Sex)]
    public void R29_free_text_restrictions_are_found_by_condition(string text, ScreeningCondition condition) =>
        Assert.Contains(Screen.Screen(Content(description: text)), f => f.Condition == condition && f.Field == "posting.description");

    [Theory]
    [InlineData("男装销售", "男装、女装陈列销售")]
    [InlineData("导购", "不限男女，不限户籍，民族不限，婚育不限")]
    [InlineData("宿管", "负责单身宿舍管理")]
    [InlineData("客服", "欢迎残疾人朋友应聘")]
    public void R29_look_alikes_are_not_restrictions(string title, string description) =>
        Assert.Empty(Screen.Screen(Content(title, description)));

    [Fact]
    public void R29_a_restriction_is_refused_as_failed_precondition_naming_every_condition_unless_a_legal_reason_is_given()
    {
        var content = Content(description: "限男性，未婚", requirements: Requirements.None with { NoDisability = true });
        var refused = Assert.Throws<DomainRuleException>(() => Screen.Decide(content, null));
        Assert.Equal(DomainRuleKind.NotAllowedNow, refused.Kind);
        Assert.Equal("jobs.posting.no_discrimination", refused.RuleId);
        Assert.Contains("残疾（posting.requirements.no_disability）", refused.Message, StringComparison.Ordinal);
        Assert.Contains("性别（posting.description：“限男”）", refused.Message, StringComparison.Ordinal);
        Assert.Contains("婚育（posting.description：“未婚”）", refused.Message, StringComparison.Ordinal);

        var overridden = Screen.Decide(content, "法律依据");
        Assert.True(overridden.Overridden);
        Assert.Equal(3, overridden.Findings.Count);
    }

    [Fact]
    public void R29_the_same_job_has_one_duplicate_key_whatever_the_spacing_and_width()
    {
        var first = Content(title: "ＣＡＤ 制图员");
        var again = Content(title: "cad制图员") with { Openings = 9 };
        Assert.Equal(DuplicateKey.Of(first), DuplicateKey.Of(again));
        Assert.NotEqual(DuplicateKey.Of(first), DuplicateKey.Of(first with { WorkPlace = first.WorkPlace with { CountyCode = "410821" } }));
        Assert.NotEqual(DuplicateKey.Of(first), DuplicateKey.Of(first with { Employer = first.Employer with { CreditCode = "91410802MA47XJ6W4C" } }));
    }
}
