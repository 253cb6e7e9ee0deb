using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>R29 over real gRPC on PostgreSQL: each forbidden condition, in structured fields and in free text, refused by name; look-alikes pass; the clerk's override is stored and audited.</summary>
public sealed class PostingScreeningTests(JobsHost host) : IClassFixture<JobsHost>
{
    public static TheoryData<string, string, string> StructuredRestrictions() => new()
    {
        { "sex", "posting.requirements.sex", "性别" },
        { "household", "posting.requirements.household_region", "户籍" },
        { "origin", "posting.requirements.origin", "城乡" },
        { "ethnicity", "posting.requirements.ethnicity", "民族" },
        { "identity", "posting.requirements.identity", "身份" },
        { "disability", "posting.requirements.no_disability", "残疾" },
        { "marital", "posting.requirements.marital", "婚育" },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(StructuredRestrictions))]
    public async Task R29_a_structured_restriction_is_refused_naming_the_condition_and_field(string restriction, string field, string condition)
    {
        var posting = JobsHost.Lawful();
        var r = posting.Requirements;
        switch (restriction)
        {
            case "sex": r.Sex = V1.SexRestriction.MaleOnly; break;
            case "household": r.HouseholdRegion = new RegionCode { Code = "410800" }; break;
            case "origin": r.Origin = V1.OriginRestriction.UrbanOnly; break;
            case "ethnicity": r.Ethnicity = "汉族"; break;
            case "identity": r.Identity = "城镇职工身份"; break;
            case "disability": r.NoDisability = true; break;
            default: r.Marital = V1.MaritalRestriction.Unmarried; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(posting));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains(condition, error.Said(), StringComparison.Ordinal);
        Assert.Contains(field, error.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.posting.no_discrimination", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("岗位要求：限男性，能吃苦耐劳。", "性别", "限男")]
    [InlineData("仅限本地户口，提供住宿。", "户籍", "本地户口")]
    [InlineData("要求城镇户口。", "城乡", "城镇户口")]
    [InlineData("汉族，身体好。", "民族", "汉族")]
    [InlineData("限本地生源的应届毕业生。", "身份", "本地生源")]
    [InlineData("身体健全，能适应倒班。", "残疾", "身体健全")]
    [InlineData("已婚已育优先。", "婚育", "已婚")]
    [InlineData("性别： 女，年龄25岁以下。", "性别", "性别:女")]
    public async Task R29_a_restriction_in_the_free_text_is_refused_naming_condition_phrase_field_and_clause(string description, string condition, string phrase)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(JobsHost.Lawful(description: description)));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains($"{condition}“{phrase}”（posting.description）（依据 ", error.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("男装导购", "负责男装门店的陈列与销售，男女不限。")]
    [InlineData("女装店长", "管理女装店铺，性别不限，婚否不限。")]
    [InlineData("宿舍管理员", "管理员工单身公寓，不限户籍。")]
    public async Task R29_look_alikes_are_not_restrictions(string title, string description)
    {
        var created = await host.CreateAsync(JobsHost.Lawful(title: title, description: description));
        Assert.Equal(V1.PostingStatus.Open, created.Status);
        Assert.Null(created.ScreeningOverride);
    }

    [Fact(Timeout = 60_000)]
    public async Task R29_a_clerk_publishes_with_a_legal_reason_and_the_override_is_stored_with_who_when_and_why()
    {
        var posting = JobsHost.Lawful(title: "井下采掘工", description: "矿山井下采掘作业，限男性。");
        posting.OccupationCode = "6-16-01-01";
        const string reason = "《女职工劳动保护特别规定》附录第一条：矿山井下作业属女职工禁忌从事的劳动范围";
        var created = await host.CreateAsync(posting, reason, clerk: "clerk-override");

        Assert.Equal(V1.PostingStatus.Open, created.Status);
        var decided = created.ScreeningOverride;
        Assert.Equal(reason, decided.LegalReason);
        Assert.Equal("clerk-override", decided.DecidedBy);
        Assert.Equal([V1.ScreeningCondition.Sex], decided.Conditions);
        Assert.Contains("posting.description：“限男”", decided.Findings);
        Assert.True(Math.Abs((decided.DecidedAt.ToDateTimeOffset() - DateTimeOffset.UtcNow).TotalMinutes) < 5);

        // Stored: read back at the counter, and the public view carries no override.
        var read = await host.Jobs.GetPostingAsync(new V1.GetPostingRequest { PostingId = created.PostingId }, TestCallers.Counter());
        Assert.Equal(decided, read.ScreeningOverride);
        var seen = await host.Jobs.GetPublicPostingAsync(new V1.GetPublicPostingRequest { PostingId = created.PostingId });
        Assert.Equal("井下采掘工", seen.Title);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(0, 35, "", "年龄（posting.requirements.max_age）")]
    [InlineData(20, 0, "", "年龄（posting.requirements.min_age）")]
    [InlineData(0, 0, "限45周岁以内，能上夜班。", "年龄“限45周岁”（posting.description）")]
    public async Task R29_age_an_upper_limit_or_a_minimum_above_16_is_refused_naming_the_condition_and_the_labour_law(int min, int max, string description, string named)
    {
        var posting = description.Length > 0 ? JobsHost.Lawful(description: description) : JobsHost.Lawful();
        posting.Requirements.MinAge = min;
        posting.Requirements.MaxAge = max;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(posting));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains(named, error.Said(), StringComparison.Ordinal);
        Assert.Contains("jobs.posting.no_discrimination", error.Said(), StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国劳动法》 第十五条", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task R29_age_a_minimum_below_16_is_refused_outright_and_no_legal_reason_publishes_it()
    {
        var posting = JobsHost.Lawful(title: "学徒工", description: "招收学徒，包吃住。");
        posting.Requirements.MinAge = 15;

        var error = await Assert.ThrowsAsync<RpcException>(() => host.CreateAsync(posting, "家长同意"));
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("jobs.posting.minimum_working_age", error.Said(), StringComparison.Ordinal);
        Assert.Contains("posting.requirements.min_age", error.Said(), StringComparison.Ordinal);
        var listed = await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "学徒工" });
        Assert.DoesNotContain(listed.Hits, h => h.Title == "学徒工");
    }

    [Fact(Timeout = 60_000)]
    public async Task R29_age_a_clerk_publishes_a_minimum_of_18_for_work_closed_to_minors_and_the_override_is_audited()
    {
        var posting = JobsHost.Lawful(title: "井下电钳工", description: "矿山井下设备维修，年满18周岁。");
        posting.Requirements.MinAge = 18;
        const string reason = "《中华人民共和国劳动法》第六十四条：不得安排未成年工从事矿山井下劳动";

        var created = await host.CreateAsync(posting, reason, clerk: "clerk-age");

        Assert.Equal(V1.PostingStatus.Open, created.Status);
        Assert.Equal([V1.ScreeningCondition.Age], created.ScreeningOverride.Conditions);
        Assert.Contains("posting.requirements.min_age", created.ScreeningOverride.Findings);
        Assert.Contains("posting.description：“年满18周岁”", created.ScreeningOverride.Findings);
        Assert.Equal("clerk-age", created.ScreeningOverride.DecidedBy);
        var read = await host.Jobs.GetPostingAsync(new V1.GetPostingRequest { PostingId = created.PostingId }, TestCallers.Counter());
        Assert.Equal(created.ScreeningOverride, read.ScreeningOverride);
    }

    [Fact(Timeout = 60_000)]
    public async Task R29_age_a_minimum_of_16_and_the_ages_of_the_people_cared_for_publish_without_override()
    {
        var posting = JobsHost.Lawful(title: "育婴员", description: "照护0-3岁婴幼儿，年满16周岁即可。");
        posting.Requirements.MinAge = 16;

        var created = await host.CreateAsync(posting);

        Assert.Equal(V1.PostingStatus.Open, created.Status);
        Assert.Null(created.ScreeningOverride);
    }
}
