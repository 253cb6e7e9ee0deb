using Employment.Jobs.Domain.Events;
using Employment.Policy;
using Employment.Policy.Loading;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests.Domain;

/// <summary>Recruitment events in-process: the event's life and the annual targets read from the shipped catalog.</summary>
public sealed class RecruitmentEventRulesTests
{
    private static readonly Lazy<PolicyCatalog> Catalog = new(() => CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog")));

    private static readonly DateOnly Today = new(2026, 11, 23);

    private static RecruitmentEvent Planned(DateOnly date) =>
        RecruitmentEvent.Announce("E1", new EventDetails(EventKind.LiveStream, "直播带岗", "济源示范区人力资源和社会保障局", date, "419001", "示例直播平台", ""));

    private static EventTally Tally(int events, long posts) => new(events, posts, 0, 0, new Dictionary<EventKind, int>());

    [Fact]
    public void Jy_2023_19_cl80_Jiyuan_2023_targets_are_60_events_and_35000_posts_with_their_citation()
    {
        var progress = EventYear.Judge(Catalog.Value, "419001", 2023, Tally(61, 34_999));

        var events = Assert.Single(progress, p => p.Key == EventPolicyKeys.MinEventsPerYear);
        Assert.Equal(60, events.Target);
        Assert.True(events.Met);
        var posts = Assert.Single(progress, p => p.Key == EventPolicyKeys.MinPostsOfferedPerYear);
        Assert.Equal(35_000, posts.Target);
        Assert.False(posts.Met);
        Assert.Equal("济管〔2023〕19号 80.（裁定 R1）", posts.Source.Source.Display());
        Assert.Contains("60 场以上", posts.Source.Source.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("410800", 2023)] // Jiaozuo: Jiyuan's targets never reach it
    [InlineData("410802", 2023)] // a Jiaozuo district
    [InlineData("419001", 2024)] // Jiyuan after the year the clause sets
    [InlineData("419001", 2022)]
    public void Jobs_event_annual_target_applies_only_to_the_region_and_year_that_set_it(string region, int year) =>
        Assert.Empty(EventYear.Judge(Catalog.Value, region, year, Tally(100, 100_000)));

    [Fact]
    public void Jobs_event_results_once_held_refuses_results_before_the_event_day()
    {
        var e = Planned(Today.AddDays(1));
        var error = Assert.Throws<DomainRuleException>(() => e.RecordResults(new EventResults(10, 10, 1), Today));
        Assert.Equal(EventRuleIds.ResultsOnceHeld, error.RuleId);
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.False(e.Counts);
    }

    [Fact]
    public void Jobs_event_results_once_held_makes_the_event_count_and_a_cancelled_one_never_does()
    {
        var held = Planned(Today);
        held.RecordResults(new EventResults(300, 1200, 45), Today);
        Assert.True(held.Counts);
        Assert.Throws<DomainRuleException>(() => held.Cancel("场地冲突"));

        var cancelled = Planned(Today.AddDays(3));
        cancelled.Cancel("场地冲突");
        Assert.False(cancelled.Counts);
        var error = Assert.Throws<DomainRuleException>(() => cancelled.RecordResults(new EventResults(1, 1, 0), Today.AddDays(3)));
        Assert.Equal(EventRuleIds.ResultsOnceHeld, error.RuleId);
    }

    [Theory]
    [InlineData(-1, 10, 0, "postings_offered")]
    [InlineData(10, -1, 0, "attendance")]
    [InlineData(10, 5, 6, "hires")]
    public void Jobs_event_results_are_counts_naming_the_field(int posts, int attendance, int hires, string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => Planned(Today).RecordResults(new EventResults(posts, attendance, hires), Today));
        Assert.Equal(field, error.Field);
        Assert.Equal(EventRuleIds.ResultsAreCounts, error.RuleId);
    }
}
