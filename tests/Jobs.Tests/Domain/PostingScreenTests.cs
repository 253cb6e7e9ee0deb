using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases;
using Employment.Policy;
using Employment.Policy.Loading;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests.Domain;

/// <summary>R29's screen and the duplicate key, in-process.</summary>
public sealed class PostingScreenTests
{
    private static readonly PostingScreen Screen = new(ScreeningPhrases.Shipped);

    private static readonly Lazy<PolicyCatalog> Catalog = new(() => CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog")));

    /// <summary>The ages of the shipped catalog for a Jiaozuo district today.</summary>
    private static AgeLaw Law => new PostingAgeLaw(Catalog.Value).For("410802", new DateOnly(2026, 11, 23));

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
        Assert.Contains(Screen.Screen(Content(description: text), Law), f => f.Condition == condition && f.Field == "posting.description");

    [Theory]
    [InlineData("男装销售", "男装、女装陈列销售")]
    [InlineData("导购", "不限男女，不限户籍，民族不限，婚育不限")]
    [InlineData("宿管", "负责单身宿舍管理")]
    [InlineData("客服", "欢迎残疾人朋友应聘")]
    public void R29_look_alikes_are_not_restrictions(string title, string description) =>
        Assert.Empty(Screen.Screen(Content(title, description), Law));

    [Fact]
    public void R29_a_restriction_is_refused_as_failed_precondition_naming_every_condition_with_its_phrase_and_clause_unless_a_legal_reason_is_given()
    {
        var content = Content(description: "限男性，未婚", requirements: Requirements.None with { NoDisability = true });
        var refused = Assert.Throws<DomainRuleException>(() => Screen.Decide(content, null, Law));
        Assert.Equal(DomainRuleKind.NotAllowedNow, refused.Kind);
        Assert.Equal("jobs.posting.no_discrimination", refused.RuleId);
        Assert.Contains("残疾（posting.requirements.no_disability）", refused.Message, StringComparison.Ordinal);
        Assert.Contains("性别“限男”（posting.description）（依据 焦政办〔2023〕36号（九）", refused.Message, StringComparison.Ordinal);
        Assert.Contains("婚育“未婚”（posting.description）（依据 ", refused.Message, StringComparison.Ordinal);

        var overridden = Screen.Decide(content, "法律依据", Law);
        Assert.True(overridden.Overridden);
        Assert.Equal(3, overridden.Findings.Count);
    }

    [Fact]
    public void R29_age_the_law_s_ages_come_from_the_catalog_with_the_labour_law_cited_in_Jiaozuo_and_Jiyuan()
    {
        foreach (var county in new[] { "410802", "419001" })
        {
            var law = new PostingAgeLaw(Catalog.Value).For(county, new DateOnly(2026, 11, 23));
            Assert.Equal(16, law.MinimumWorkingAge);
            Assert.Equal("《中华人民共和国劳动法》 第十五条（裁定 R29）", law.MinimumCitation);
            Assert.Equal(18, law.MinorWorkerUntilAge);
            Assert.Contains("第六十四条", law.MinorWorkerCitation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("年龄35岁以下，能吃苦。", "年龄35岁以下")]
    [InlineData("限45周岁以内。", "限45周岁")]
    [InlineData("18-35岁，身体健康。", "18-35岁")]
    [InlineData("年龄：20至40", "年龄:20至40")]
    [InlineData("不超过50岁。", "不超过50岁")]
    [InlineData("年满18周岁。", "年满18周岁")]
    [InlineData("２０岁以上，有驾照。", "20岁以上")]
    [InlineData("90后优先", "90后优先")]
    public void R29_age_an_upper_limit_or_a_minimum_above_the_working_age_in_free_text_is_an_age_condition(string text, string phrase)
    {
        var finding = Assert.Single(Screen.Screen(Content(description: text), Law));
        Assert.Equal(ScreeningCondition.Age, finding.Condition);
        Assert.Equal(phrase, finding.Phrase);
    }

    [Theory]
    [InlineData("年满16周岁即可，年龄不限上限。")]
    [InlineData("16岁以上均可报名。")]
    [InlineData("负责0-3岁婴幼儿的日常照护。")]
    [InlineData("照护60岁以上老人，有护理证优先。")]
    [InlineData("3年以上经验，年龄不限。")]
    public void R29_age_the_working_age_itself_and_the_ages_of_the_people_served_are_no_restriction(string text) =>
        Assert.Empty(Screen.Screen(Content(description: text), Law));

    [Theory]
    [InlineData(0, 35, "posting.requirements.max_age")]
    [InlineData(18, 0, "posting.requirements.min_age")]
    public void R29_age_a_structured_upper_limit_or_higher_minimum_is_refused_naming_the_field_and_the_law_unless_overridden(int min, int max, string field)
    {
        var content = Content(requirements: Requirements.None with { MinAge = min, MaxAge = max });
        var refused = Assert.Throws<DomainRuleException>(() => Screen.Decide(content, null, Law));
        Assert.Equal("jobs.posting.no_discrimination", refused.RuleId);
        Assert.Contains($"年龄（{field}）", refused.Message, StringComparison.Ordinal);
        Assert.Contains("最低就业年龄 16 周岁（《中华人民共和国劳动法》 第十五条（裁定 R29））", refused.Message, StringComparison.Ordinal);
        Assert.Contains("未满 18 周岁的未成年工", refused.Message, StringComparison.Ordinal);

        var overridden = Screen.Decide(content, "《中华人民共和国劳动法》第六十四条：矿山井下作业", Law);
        Assert.Equal(ScreeningCondition.Age, Assert.Single(overridden.Findings).Condition);
    }

    [Fact]
    public void R29_age_a_minimum_of_exactly_the_working_age_restates_the_law_and_passes() =>
        Assert.Empty(Screen.Screen(Content(requirements: Requirements.None with { MinAge = 16 }), Law));

    [Theory]
    [InlineData(15, "", "posting.requirements.min_age")]
    [InlineData(0, "招收14岁以上学徒。", "posting.description")]
    [InlineData(0, "年龄14-20岁。", "posting.description")]
    public void R29_age_a_minimum_below_the_working_age_is_refused_outright_even_with_a_legal_reason(int min, string text, string field)
    {
        var content = Content(description: text.Length > 0 ? text : "负责账务处理。", requirements: Requirements.None with { MinAge = min });
        var refused = Assert.Throws<DomainRuleException>(() => Screen.Decide(content, "文艺单位经批准", Law));
        Assert.Equal(DomainRuleKind.NotAllowedNow, refused.Kind);
        Assert.Equal("jobs.posting.minimum_working_age", refused.RuleId);
        Assert.Equal(field, refused.Field);
        Assert.Contains("法定最低就业年龄 16 周岁", refused.Message, StringComparison.Ordinal);
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
