using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Xunit;
using static Jobs.Tests.Matching.MatchBuilders;

namespace Jobs.Tests.Matching;

/// <summary>The explained score (rule jobs.matching.score): each factor earns at most its weight, and the reasons add up to the score.</summary>
public sealed class MatchScorerTests
{
    private static readonly MatchWeights Weights = MatchWeights.Shipped;
    private static readonly MatchScorer Scorer = new(Weights);

    private static MatchReason Reason(MatchExplanation explained, MatchFactor factor) => explained.Reasons.Single(r => r.Factor == factor);

    [Fact]
    public void JobsMatchingScore_shipped_weights_cover_every_factor_and_add_up_to_100()
    {
        Assert.Equal(MatchWeights.FullScore, Enum.GetValues<MatchFactor>().Sum(Weights.Of));
        Assert.Throws<InvalidOperationException>(() => (Weights with { Points = Weights.Points.ToDictionary(p => p.Key, p => p.Value + 1) }).Validated());
    }

    [Fact]
    public void JobsMatchingScore_a_posting_meeting_everything_scores_100_and_every_reason_says_why_in_chinese()
    {
        var seeker = Seeker(occupations: [Electrician], skills: ["低压电工作业"], certificates: [new Certificate(Electrician, 4, "电工")],
            education: EducationLevel.Secondary, place: Jiefang, monthlyFloorFen: 500_000, floorFen: 500_000, kinds: [EmploymentKind.FullTime]);
        var posting = Posting(place: Jiefang, minEducation: EducationLevel.Secondary, skills: ["低压电工"], certificates: [new Certificate(Electrician, 5, "电工")]);

        var explained = Scorer.Score(seeker, posting);

        Assert.Equal(100, explained.Score);
        Assert.Equal(explained.Score, explained.Reasons.Sum(r => r.Points));
        Assert.All(explained.Reasons, r => Assert.Equal(r.Weight, r.Points));
        Assert.Equal("职业 30/30分：岗位“岗位P1”（电工）与您的求职意向“电工”一致", Reason(explained, MatchFactor.Occupation).DisplayZh);
        Assert.Contains("0.0 公里", Reason(explained, MatchFactor.Distance).TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void JobsMatchingScore_occupation_in_the_same_xiaolei_earns_the_configured_share_and_another_occupation_nothing()
    {
        var seeker = Seeker(occupations: [Electrician]);

        var sameGroup = Reason(Scorer.Score(seeker, Posting(occupation: Mechanic)), MatchFactor.Occupation);
        var other = Reason(Scorer.Score(seeker, Posting(occupation: Accountant)), MatchFactor.Occupation);

        var weight = Weights.Of(MatchFactor.Occupation);
        Assert.Equal((weight * Weights.SameGroupPercent + 50) / 100, sameGroup.Points);
        Assert.Equal($"岗位“岗位P1”与您的求职意向“电工”是相近职业（同属电工等职业，计 {Weights.SameGroupPercent}%）", sameGroup.TextZh);
        Assert.Equal(0, other.Points);
        Assert.Equal("岗位“岗位P1”（会计专业人员）不在您的求职意向内", other.TextZh);
    }

    [Fact]
    public void JobsMatchingScore_a_xiaolei_asked_for_is_every_occupation_under_it_in_full()
    {
        // 电工's 小类 typed as 6-31-01: a 机修 posting of it is what was asked, not a neighbour.
        var seeker = Seeker(occupations: ["6-31-01"]);
        var inGroup = Reason(Scorer.Score(seeker, Posting(occupation: Mechanic)), MatchFactor.Occupation);
        Assert.Equal(Weights.Of(MatchFactor.Occupation), inGroup.Points);
        Assert.Equal("岗位“岗位P1”属于您的求职意向“电工等职业”", inGroup.TextZh);
        Assert.Equal(0, Reason(Scorer.Score(seeker, Posting(occupation: Accountant)), MatchFactor.Occupation).Points);
    }

    [Fact]
    public void JobsMatchingScore_a_word_typed_is_read_as_the_search_reads_it_and_the_reason_says_it_in_words()
    {
        // 司机 names the 小类 道路运输服务人员 (a 货车司机 posting is what was asked) and is in the title of a
        // 叉车司机 posting (another 小类), which the search finds for the same word: both in full, in words.
        var seeker = Seeker(words: ["司机"]);
        var truck = Reason(Scorer.Score(seeker, Posting(occupation: "4-02-02-02", title: "货车司机")), MatchFactor.Occupation);
        var forklift = Reason(Scorer.Score(seeker, Posting(occupation: "4-02-04-03", title: "叉车司机")), MatchFactor.Occupation);
        var accountant = Reason(Scorer.Score(seeker, Posting(occupation: Accountant, title: "出纳")), MatchFactor.Occupation);

        Assert.Equal(Weights.Of(MatchFactor.Occupation), truck.Points);
        Assert.Equal("岗位“货车司机”（道路货运汽车驾驶员）属于您的求职意向“司机”", truck.TextZh);
        Assert.Equal(Weights.Of(MatchFactor.Occupation), forklift.Points);
        Assert.Equal("岗位名称“叉车司机”含您的求职意向“司机”", forklift.TextZh);
        Assert.Equal(0, accountant.Points);
        Assert.All(new[] { truck, forklift, accountant }, r => Assert.DoesNotMatch(@"\d-\d{2}-\d{2}", r.TextZh));
    }

    [Fact]
    public void JobsMatchingScore_skills_and_certificates_list_what_is_matched_and_what_is_missing()
    {
        // A 四级 certificate meets a 五级 requirement, not a 三级 one; 叉车 is held, 焊接 is not.
        var seeker = Seeker(skills: ["叉车"], certificates: [new Certificate(Electrician, 4, "电工")]);
        var posting = Posting(skills: ["叉车", "焊接"], certificates: [new Certificate(Electrician, 5, "电工"), new Certificate("6-18-02-04", 3, "焊工")]);

        var explained = Scorer.Score(seeker, posting);
        var skills = Reason(explained, MatchFactor.Skills);
        var certificates = Reason(explained, MatchFactor.Certificates);

        Assert.Equal(["叉车"], skills.Matched);
        Assert.Equal(["焊接"], skills.Missing);
        Assert.Equal((Weights.Of(MatchFactor.Skills) + 1) / 2, skills.Points);
        Assert.Contains("缺少：焊接", skills.TextZh, StringComparison.Ordinal);
        Assert.Equal(["电工（五级/初级工）"], certificates.Matched);
        Assert.Equal(["焊工（三级/高级工）及以上"], certificates.Missing);
        Assert.Equal((Weights.Of(MatchFactor.Certificates) + 1) / 2, certificates.Points);
        Assert.False(new Certificate(Electrician, 3, "电工").IsMetBy(new Certificate(Electrician, 4, "电工")));
    }

    [Fact]
    public void JobsMatchingScore_distance_full_within_the_near_bound_none_beyond_the_far_bound_and_falling_between()
    {
        var seeker = Seeker(place: Jiefang);
        int PointsAt(double kmNorth) => Reason(Scorer.Score(seeker, Posting(place: new GeoPoint(Jiefang.Latitude + (kmNorth / 111.195), Jiefang.Longitude))), MatchFactor.Distance).Points;

        var weight = Weights.Of(MatchFactor.Distance);
        Assert.Equal(weight, PointsAt(Weights.FullPointsWithinKm - 1));
        Assert.Equal(0, PointsAt(Weights.NoPointsBeyondKm + 1));
        var middle = PointsAt((Weights.FullPointsWithinKm + Weights.NoPointsBeyondKm) / 2);
        Assert.InRange(middle, 1, weight - 1);
        Assert.True(PointsAt(Weights.NoPointsBeyondKm - 5) < middle);

        var unknown = Reason(Scorer.Score(Seeker(), Posting(place: Jiefang)), MatchFactor.Distance);
        Assert.Equal(0, unknown.Points);
        Assert.Contains("未提供您的位置", unknown.TextZh, StringComparison.Ordinal);
    }

    [Fact]
    public void JobsMatchingScore_pay_stated_per_day_is_compared_with_a_monthly_floor_as_monthly_pay()
    {
        // 200 元/日 tops at 4350 元/月 (21.75 days, 劳社部发〔2008〕3号).
        var daily = Posting(payMinFen: 15_000, payMaxFen: 20_000, period: PayPeriod.Day);

        var reached = Reason(Scorer.Score(Seeker(monthlyFloorFen: 400_000, floorFen: 400_000), daily), MatchFactor.Pay);
        var missed = Reason(Scorer.Score(Seeker(monthlyFloorFen: 500_000, floorFen: 500_000), daily), MatchFactor.Pay);

        Assert.Equal(Weights.Of(MatchFactor.Pay), reached.Points);
        Assert.Equal(0, missed.Points);
        Assert.Equal("岗位薪酬 150–200 元/日，低于您的期望下限 5000 元/月（按月折算后比较，劳社部发〔2008〕3号）", missed.TextZh);
    }

    [Fact]
    public void JobsMatchingScore_education_below_the_postings_minimum_or_unrecorded_earns_nothing_and_says_which()
    {
        var posting = Posting(minEducation: EducationLevel.JuniorCollege);

        var below = Reason(Scorer.Score(Seeker(education: EducationLevel.Secondary), posting), MatchFactor.Education);
        var unknown = Reason(Scorer.Score(Seeker(), posting), MatchFactor.Education);
        var above = Reason(Scorer.Score(Seeker(education: EducationLevel.Bachelor), posting), MatchFactor.Education);

        Assert.Equal(0, below.Points);
        Assert.Contains("低于岗位要求（大专及以上）", below.TextZh, StringComparison.Ordinal);
        Assert.Equal(0, unknown.Points);
        Assert.Contains("没有您的学历记录", unknown.TextZh, StringComparison.Ordinal);
        Assert.Equal(Weights.Of(MatchFactor.Education), above.Points);
    }
}
