using Employment.Common.V1;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases.Matching;
using Employment.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Jobs.Tests.Matching.MatchingWorld;
using DomainCertificate = Employment.Jobs.Domain.Matching.Certificate;
using DomainEducation = Employment.Jobs.Domain.Matching.EducationLevel;

namespace Jobs.Tests.Matching;

/// <summary>
/// Matching on a real PostgreSQL: candidates found by the database, priority and visibility, the
/// seeker's tags and mode (第十七条), both directions. Jiaozuo 解放区 (410802), 修武县 (410821), 济源 (419001).
/// </summary>
public sealed class MatchingDatabaseTests
{
    private const string Electrician = "6-31-01-03";
    private const string Mechanic = "6-31-01-02";
    private const string Accountant = "2-06-03-00";
    private const string Cleaner = "4-09-08-01";

    private static readonly GeoPoint Jiefang = new(35.2400, 113.2400);
    private static readonly DomainCertificate ElectricianL4 = new(Electrician, 4, "电工");
    private static readonly StatedPreferences WantsElectrician = new() { Occupations = [Electrician], Place = Jiefang };

    // The postings every test starts from, and the people of the registry.
    private static async Task<MatchingWorld> WorldAsync()
    {
        var world = await CreateAsync();
        var near = new PostingMatchFacts(new GeoPoint(35.2500, 113.2500), DomainEducation.None, false, [], [new DomainCertificate(Electrician, 5, "电工")]);
        await world.PostAsync(Posting("p-elec-new", "电工", Electrician, "410802", new DateOnly(2026, 11, 20)), near);
        await world.PostAsync(Posting("p-elec-old", "维修电工", Electrician, "410821", new DateOnly(2026, 11, 1)), PostingMatchFacts.None);
        await world.PostAsync(Posting("p-mech", "机修工", Mechanic, "410802", new DateOnly(2026, 11, 10)), PostingMatchFacts.None);
        await world.PostAsync(Posting("p-acct", "会计", Accountant, "410802", new DateOnly(2026, 11, 22)), PostingMatchFacts.None);
        await world.PostAsync(Posting("p-caring", "社区保洁（爱心岗位）", Cleaner, "410802", new DateOnly(2026, 11, 5), EmploymentKind.Caring, payMaxFen: 250_000),
            PostingMatchFacts.None with { CaringPost = true });
        await world.PostAsync(Posting("p-welfare", "公益性岗位 保洁", Cleaner, "410802", new DateOnly(2026, 11, 6), EmploymentKind.PublicWelfare, payMaxFen: 220_000),
            PostingMatchFacts.None);
        await world.PostAsync(Posting("p-jiyuan", "电工", Electrician, "419001", new DateOnly(2026, 11, 21)), PostingMatchFacts.None);

        world.Profiles.Add(Person("P-zhang", "张三明", "410802", CertificateFact(ElectricianL4), EducationFact(Employment.Common.V1.EducationLevel.Secondary)));
        world.Profiles.Add(Person("P-li", "李四", "410802", Status(PersonFactKind.ZeroEmploymentHousehold)));
        world.Profiles.Add(Person("P-wang", "王五", "410802", Status(PersonFactKind.EmploymentDifficulty)));
        world.Profiles.Add(Person("P-zhao", "赵六", "419001"));
        return world;
    }

    private static IReadOnlyList<string> Ids(SeekerMatches matches) => matches.Matches.Select(m => m.Posting.PostingId).ToList();

    [Fact(Timeout = 60_000)]
    public async Task JobsMatchingCandidates_a_seekers_postings_come_from_their_occupation_and_region_and_are_ranked_by_score()
    {
        await using var world = await WorldAsync();
        var zhang = await world.SaveSeekerAsync("P-zhang", WantsElectrician);

        var matches = await world.MatchAsync(zhang.SeekerId);

        // Exact occupation near home with the certificate asked for, exact further away, then the same 小类;
        // no accountant, no 爱心岗位 or 公益性岗位 for a seeker outside the priority groups, nothing from 济源.
        Assert.Equal(["p-elec-new", "p-elec-old", "p-mech"], Ids(matches));
        Assert.True(matches.Personalised);
        var best = matches.Matches[0];
        Assert.Equal(best.Score, best.Reasons.Sum(r => r.Points));
        Assert.Contains(best.Reasons, r => r.Factor == MatchFactor.Certificates && r.Matched.SequenceEqual(["电工（五级/初级工）"]));
        Assert.Contains(best.Reasons, r => r.Factor == MatchFactor.Distance && r.TextZh.StartsWith("距工作地点约 1.4 公里", StringComparison.Ordinal));
        Assert.Contains(MatchScorer.Rule, matches.RuleIds);
    }

    [Fact(Timeout = 60_000)]
    public async Task JobsMatchingRegion_a_jiyuan_seeker_sees_only_jiyuan_postings()
    {
        await using var world = await WorldAsync();
        var zhao = await world.SaveSeekerAsync("P-zhao", new StatedPreferences { Occupations = [Electrician] });

        Assert.Equal("419001", zhao.HomeCountyCode);
        Assert.Equal(["p-jiyuan"], Ids(await world.MatchAsync(zhao.SeekerId)));
        Assert.Equal(["赵*"], (await world.CandidatesAsync("p-jiyuan")).Candidates.Select(c => c.NameMasked));
    }

    [Fact(Timeout = 60_000)]
    public async Task Jz36_13_a_zero_employment_household_seeker_sees_the_caring_post_first_but_no_public_welfare_post()
    {
        await using var world = await WorldAsync();
        var li = await world.SaveSeekerAsync("P-li", WantsElectrician);

        var matches = await world.MatchAsync(li.SeekerId);

        Assert.Equal("p-caring", Ids(matches)[0]);
        Assert.True(matches.Matches[0].Prioritised);
        Assert.Contains("零就业家庭成员", matches.Matches[0].Reasons[0].TextZh, StringComparison.Ordinal);
        Assert.DoesNotContain("p-welfare", Ids(matches));
        Assert.Contains(MatchRanking.PriorityRule, matches.RuleIds);
        Assert.Contains(li.Tags, t => t.Id == "priority:ZeroEmploymentHousehold");
    }

    [Fact(Timeout = 60_000)]
    public async Task R26_only_a_certified_employment_difficulty_seeker_is_shown_the_public_welfare_post_and_listed_for_it()
    {
        await using var world = await WorldAsync();
        var wang = await world.SaveSeekerAsync("P-wang", WantsElectrician, assistanceCase: "A-1");
        await world.SaveSeekerAsync("P-li", WantsElectrician, assistanceCase: "A-2");

        var matches = await world.MatchAsync(wang.SeekerId);
        var candidates = await world.CandidatesAsync("p-welfare");

        Assert.Equal(["p-caring", "p-welfare"], Ids(matches).Take(2).Order(StringComparer.Ordinal));
        Assert.All(matches.Matches.Take(2), m => Assert.True(m.Prioritised));
        Assert.Equal(["王*"], candidates.Candidates.Select(c => c.NameMasked));
        Assert.Contains(MatchRanking.PublicWelfareRule, candidates.RuleIds);
    }

    [Fact(Timeout = 60_000)]
    public async Task JobsMatchingCandidates_for_a_posting_are_ranked_with_masked_names_and_the_same_reasons()
    {
        await using var world = await WorldAsync();
        await world.SaveSeekerAsync("P-zhang", WantsElectrician);
        await world.SaveSeekerAsync("P-li", WantsElectrician);
        await world.SaveSeekerAsync("P-zhao", new StatedPreferences { Occupations = [Electrician] });

        var result = await world.CandidatesAsync("p-elec-new");

        // 张三明 holds the certificate the posting asks for; 赵六 lives in 济源 and is not a candidate.
        Assert.Equal(["张*明", "李*"], result.Candidates.Select(c => c.NameMasked));
        Assert.True(result.Candidates[0].Score > result.Candidates[1].Score);
        Assert.Contains(result.Candidates[1].Reasons, r => r.Factor == MatchFactor.Certificates && r.Missing.SequenceEqual(["电工（五级/初级工）及以上"]));
        Assert.DoesNotContain(result.Candidates, c => c.NameMasked.Contains("三", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task AlgoRec17_a_seeker_lists_and_deletes_tags_and_the_next_match_no_longer_uses_them()
    {
        await using var world = await WorldAsync();
        var zhang = await world.SaveSeekerAsync("P-zhang", WantsElectrician);
        var listed = await world.UseAsync<SeekerView, ListSeekerTags>(u => u.ListAsync(zhang.SeekerId, Clerk, CancellationToken.None));
        Assert.Equal(["occupation:6-31-01-03", "place", "certificate:6-31-01-03/4", "education:2"], listed.Tags.Select(t => t.Id));
        var before = (await world.MatchAsync(zhang.SeekerId)).Matches[0];

        var afterCertificate = await world.UseAsync<SeekerView, DeleteSeekerTag>(u => u.DeleteAsync(zhang.SeekerId, "certificate:6-31-01-03/4", Clerk, CancellationToken.None));
        var again = await world.UseAsync<SeekerView, DeleteSeekerTag>(u => u.DeleteAsync(zhang.SeekerId, "certificate:6-31-01-03/4", Clerk, CancellationToken.None));
        var after = (await world.MatchAsync(zhang.SeekerId)).Matches[0];

        Assert.DoesNotContain(afterCertificate.Tags, t => t.Kind == TagKind.Certificate);
        Assert.Equal(afterCertificate.Version, again.Version);
        Assert.Equal("p-elec-new", after.Posting.PostingId);
        Assert.Equal(before.Score - MatchWeights.Shipped.Of(MatchFactor.Certificates), after.Score);

        // Without the occupation tag nothing narrows the region's postings: the accountant post appears.
        await world.UseAsync<SeekerView, DeleteSeekerTag>(u => u.DeleteAsync(zhang.SeekerId, "occupation:6-31-01-03", Clerk, CancellationToken.None));
        Assert.Contains("p-acct", Ids(await world.MatchAsync(zhang.SeekerId)));
    }

    [Fact(Timeout = 60_000)]
    public async Task AlgoRec17_the_non_personalised_mode_lists_the_home_citys_newest_postings_without_reading_the_profile()
    {
        await using var world = await WorldAsync();
        var wang = await world.SaveSeekerAsync("P-wang", WantsElectrician);
        await world.UseAsync<SeekerView, SetMatchingMode>(u => u.SetAsync(wang.SeekerId, personalised: false, Clerk, CancellationToken.None));
        var reads = world.Profiles.Reads;

        var matches = await world.MatchAsync(wang.SeekerId);

        Assert.Equal(reads, world.Profiles.Reads);
        Assert.False(matches.Personalised);
        Assert.Contains("第十七条", matches.NoticeZh, StringComparison.Ordinal);
        Assert.Equal(["p-acct", "p-elec-new", "p-mech", "p-caring", "p-elec-old"], Ids(matches));
        Assert.All(matches.Matches, m => Assert.Empty(m.Reasons));
        Assert.Equal([NonPersonalised.Rule], matches.RuleIds);
        Assert.Empty((await world.CandidatesAsync("p-elec-new")).Candidates);
    }

    [Fact(Timeout = 60_000)]
    public async Task JobsMatchingSeekers_one_seeker_per_person_and_saving_again_replaces_the_preferences()
    {
        await using var world = await WorldAsync();
        var first = await world.SaveSeekerAsync("P-zhang", WantsElectrician);
        var second = await world.SaveSeekerAsync("P-zhang", new StatedPreferences { Occupations = [Accountant], Skills = ["记账"] });

        Assert.Equal(first.SeekerId, second.SeekerId);
        Assert.Equal(2, second.Version);
        Assert.Equal(["occupation:2-06-03-00", "skill:记账", "certificate:6-31-01-03/4", "education:2"], second.Tags.Select(t => t.Id));
        Assert.Equal(DomainRuleKind.NotFound, (await Assert.ThrowsAsync<DomainRuleException>(() => world.SaveSeekerAsync("P-nobody", WantsElectrician))).Kind);
        Assert.Equal(DomainRuleKind.NotFound, (await Assert.ThrowsAsync<DomainRuleException>(() => world.MatchAsync("S-nobody"))).Kind);
        Assert.Equal("seeker_id", (await Assert.ThrowsAsync<DomainRuleException>(() => world.MatchAsync(" "))).Field);
        Assert.Equal("page.page_size", (await Assert.ThrowsAsync<DomainRuleException>(() => world.MatchAsync(first.SeekerId, -1))).Field);
    }

    [Fact(Timeout = 60_000)]
    public async Task JobsMatchingFacts_go_with_the_posting_when_it_leaves_the_index()
    {
        await using var world = await WorldAsync();

        Assert.True(await world.RemovePostingAsync("p-elec-new"));

        await using var db = world.NewContext();
        Assert.Equal(0, await db.Set<PostingMatchRecord>().CountAsync(f => f.Certificates != ""));
    }
}
