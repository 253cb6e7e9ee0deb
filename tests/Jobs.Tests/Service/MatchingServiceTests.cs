using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Jobs.Tests.Service.MatchingWorldOverGrpc;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// Matching over real gRPC on PostgreSQL, with seekers' profiles read from the real registry: the
/// explained score, 第十七条 tags and mode, R26 and the priority order both ways, the counter's region,
/// idempotent registration. Each test uses occupations of its own, so the shared service does not mix them.
/// </summary>
public sealed class MatchingServiceTests(JobsHost host) : IClassFixture<JobsHost>
{
    [Fact(Timeout = 120_000)]
    public async Task JobsMatchingScore_reasons_name_occupation_skills_certificates_distance_pay_education_and_add_up_to_the_score()
    {
        const string electrician = "6-31-01-03";
        var near = await host.FileAsync(Posting("电工（配电室）", electrician, minEducation: EducationLevel.Secondary, skills: ["电工"],
            certificates: [Certificate(electrician, "电工", SkillLevel.L5)]));
        var far = await host.FileAsync(Posting("维修电工（修武）", electrician, "410821", Xiuwu, minEducation: EducationLevel.JuniorCollege,
            certificates: [Certificate(electrician, "电工", SkillLevel.L3)]));
        // A gig paid by the day (200 yuan × 21.75 = 4,350 a month, above the 4,000 floor) asking for a skill the seeker lacks.
        var gig = await host.FileAsync(Gig("电工零工（日结）", electrician, 20_000, skills: ["登高作业"]));
        await host.FileAsync(Posting("会计（不相关）", "2-06-03-00"));
        var person = await host.RegisterPersonAsync("张三明", "410802",
            CertificateFact(electrician, "电工", SkillLevel.L4), EducationFact(EducationLevel.Secondary));

        var seeker = await host.RegisterSeekerAsync(person, new V1.JobPreferences
        {
            OccupationCodes = { electrician },
            MinSalary = new Money { Fen = 400_000 },
            Location = Jiefang,
        });
        var matches = await host.MatchesAsync(seeker.SeekerId);

        Assert.Equal([near.PostingId, gig.PostingId, far.PostingId], matches.Matches.Select(m => m.Posting.PostingId));
        Assert.True(matches.Personalised);
        Assert.Contains("jobs.matching.score", matches.RuleIds);
        foreach (var match in matches.Matches)
        {
            Assert.Equal(match.Score, match.Reasons.Sum(r => r.Points));
            Assert.Equal(match.Reasons.Count, match.ReasonsZh.Count);
            Assert.Equal(100, match.Reasons.Where(r => r.Factor.Length > 0).Sum(r => r.Weight));
        }

        var best = matches.Matches[0];
        Assert.Equal(100, best.Score);
        Assert.Equal(["occupation", "skills", "certificates", "distance", "pay", "education", "kind"], best.Reasons.Select(r => r.Factor));
        Assert.Equal(["电工（五级/初级工）"], best.Reasons.Single(r => r.Factor == "certificates").Matched);
        Assert.Equal("职业 30/30分：岗位“电工（配电室）”与您的求职意向“电工”一致", best.ReasonsZh[0]);

        var gigMatch = matches.Matches[1];
        Assert.Equal(V1.EmploymentType.Gig, gigMatch.Posting.EmploymentType);
        Assert.Equal(["登高作业"], gigMatch.Reasons.Single(r => r.Factor == "skills").Missing);
        var pay = gigMatch.Reasons.Single(r => r.Factor == "pay");
        Assert.Equal(pay.Weight, pay.Points);
        Assert.Contains("按月折算", pay.TextZh, StringComparison.Ordinal);

        var farMatch = matches.Matches[2];
        Assert.Equal(["电工（三级/高级工）及以上"], farMatch.Reasons.Single(r => r.Factor == "certificates").Missing);
        Assert.Equal(0, farMatch.Reasons.Single(r => r.Factor == "education").Points);
        var distance = farMatch.Reasons.Single(r => r.Factor == "distance");
        Assert.InRange(distance.Points, 1, distance.Weight - 1);
    }

    [Fact(Timeout = 120_000)]
    public async Task Rule_17_tags_are_listed_with_their_source_a_deleted_tag_leaves_the_next_match_and_the_non_personalised_mode_scores_nothing()
    {
        const string welder = "6-18-02-04";
        var posting = await host.FileAsync(Posting("焊工", welder, certificates: [Certificate(welder, "焊工", SkillLevel.L4)]));
        var person = await host.RegisterPersonAsync("钱七", "410802", CertificateFact(welder, "焊工", SkillLevel.L3));
        var seeker = await host.RegisterSeekerAsync(person, new V1.JobPreferences { OccupationCodes = { welder }, Keywords = { "氩弧焊" } });

        var tags = await host.Jobs.ListSeekerTagsAsync(new V1.ListSeekerTagsRequest { SeekerId = seeker.SeekerId }, Counter);
        Assert.Equal("jobs.matching.tags_visible_and_deletable", tags.RuleId);
        Assert.Contains(tags.Tags, t => t.TagId == "occupation:" + welder && t.Source == V1.SeekerTagSource.Stated);
        Assert.Contains(tags.Tags, t => t.TagId == "skill:氩弧焊" && t.Source == V1.SeekerTagSource.Stated);
        var certificateTag = Assert.Single(tags.Tags, t => t.Kind == "certificate");
        Assert.Equal(V1.SeekerTagSource.Registry, certificateTag.Source);
        var before = (await host.MatchesAsync(seeker.SeekerId)).Matches.Single(m => m.Posting.PostingId == posting.PostingId);
        Assert.Equal(15, before.Reasons.Single(r => r.Factor == "certificates").Points);

        var deleted = await host.Jobs.DeleteSeekerTagAsync(new V1.DeleteSeekerTagRequest { SeekerId = seeker.SeekerId, TagId = certificateTag.TagId }, Counter);
        var again = await host.Jobs.DeleteSeekerTagAsync(new V1.DeleteSeekerTagRequest { SeekerId = seeker.SeekerId, TagId = certificateTag.TagId }, Counter);
        var after = (await host.MatchesAsync(seeker.SeekerId)).Matches.Single(m => m.Posting.PostingId == posting.PostingId);

        Assert.DoesNotContain(deleted.Tags, t => t.Kind == "certificate");
        Assert.Equal(deleted.Tags.Select(t => t.TagId), again.Tags.Select(t => t.TagId));
        Assert.Equal(0, after.Reasons.Single(r => r.Factor == "certificates").Points);
        Assert.Equal(before.Score - 15, after.Score);

        var badTag = await Assert.ThrowsAsync<RpcException>(() =>
            host.Jobs.DeleteSeekerTagAsync(new V1.DeleteSeekerTagRequest { SeekerId = seeker.SeekerId, TagId = "mood:happy" }, Counter).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, badTag.StatusCode);
        Assert.Contains("field: tag_id", badTag.Said(), StringComparison.Ordinal);

        var mode = await host.Jobs.SetMatchingModeAsync(new V1.SetMatchingModeRequest { SeekerId = seeker.SeekerId, Personalised = false }, Counter);
        var plain = await host.MatchesAsync(seeker.SeekerId);
        Assert.False(mode.Personalised);
        Assert.False(plain.Personalised);
        Assert.Equal(["jobs.matching.non_personalised_mode"], plain.RuleIds);
        Assert.Contains("第十七条", plain.NoticeZh, StringComparison.Ordinal);
        Assert.Contains(plain.Matches, m => m.Posting.PostingId == posting.PostingId);
        Assert.All(plain.Matches, m => Assert.True(m.Score == 0 && m.Reasons.Count == 0));
    }

    [Fact(Timeout = 120_000)]
    public async Task Priority_posts_first_and_R26_public_welfare_posts_only_for_certified_employment_difficulty_in_both_directions()
    {
        const string cashier = "4-01-02-03";
        const string cleaner = "4-09-08-01";
        var ordinary = await host.FileAsync(Posting("超市收银员", cashier));
        var caring = await host.FileAsync(Posting("社区保洁（爱心岗位）", cleaner, kind: V1.EmploymentType.Caring));
        var welfare = await host.FileAsync(Posting("公益性岗位 道路保洁", cleaner, kind: V1.EmploymentType.PublicWelfare));
        var li = await host.RegisterPersonAsync("李四", "410802", Status(PersonFactKind.ZeroEmploymentHousehold));
        var wang = await host.RegisterPersonAsync("王五", "410802", Status(PersonFactKind.EmploymentDifficulty));
        var zhao = await host.RegisterPersonAsync("赵六", "410802");

        var liSeeker = await host.RegisterSeekerAsync(li, new V1.JobPreferences { OccupationCodes = { cashier } }, assistanceCase: "JYYZ-2026-001");
        var wangSeeker = await host.RegisterSeekerAsync(wang, new V1.JobPreferences { OccupationCodes = { cashier, cleaner } });
        var zhaoSeeker = await host.RegisterSeekerAsync(zhao, new V1.JobPreferences { OccupationCodes = { cashier, cleaner } });
        var forLi = await host.MatchesAsync(liSeeker.SeekerId);
        var forWang = await host.MatchesAsync(wangSeeker.SeekerId);
        var forZhao = await host.MatchesAsync(zhaoSeeker.SeekerId);

        // 零就业家庭 in an assistance case: the 爱心岗位 first (not of their occupation, yet first), no 公益性岗位.
        Assert.Equal([caring.PostingId, ordinary.PostingId], forLi.Matches.Select(m => m.Posting.PostingId));
        Assert.True(forLi.Matches[0].Prioritised);
        Assert.StartsWith("优先展示", forLi.Matches[0].ReasonsZh[0], StringComparison.Ordinal);
        Assert.Equal("", forLi.Matches[0].Reasons[0].Factor);
        Assert.Contains("jobs.matching.priority_posts_first", forLi.RuleIds);
        // Certified 就业困难人员: both priority posts first, the 公益性岗位 among them.
        Assert.Equal([caring.PostingId, welfare.PostingId], forWang.Matches.Take(2).Select(m => m.Posting.PostingId).Order());
        Assert.All(forWang.Matches.Take(2), m => Assert.True(m.Prioritised));
        Assert.Equal(ordinary.PostingId, forWang.Matches[2].Posting.PostingId);
        // Anyone else: never the 公益性岗位; the 爱心岗位 by score like any posting.
        Assert.DoesNotContain(forZhao.Matches, m => m.Posting.PostingId == welfare.PostingId);
        Assert.All(forZhao.Matches, m => Assert.False(m.Prioritised));

        var welfareCandidates = await host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest { PostingId = welfare.PostingId }, Counter);
        var caringCandidates = await host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest { PostingId = caring.PostingId }, Counter);

        Assert.Equal([wangSeeker.SeekerId], welfareCandidates.Candidates.Select(c => c.SeekerId));
        Assert.Equal("王*", welfareCandidates.Candidates[0].Name);
        Assert.Contains("jobs.matching.public_welfare_only_employment_difficulty", welfareCandidates.RuleIds);
        Assert.Equal(3, caringCandidates.Candidates.Count);
        Assert.Equal(new[] { liSeeker.SeekerId, wangSeeker.SeekerId }.Order(StringComparer.Ordinal),
            caringCandidates.Candidates.Take(2).Select(c => c.SeekerId).Order(StringComparer.Ordinal));
        Assert.All(caringCandidates.Candidates.Take(2), c => Assert.True(c.Prioritised));
        Assert.Equal("赵*", caringCandidates.Candidates[2].Name);
        Assert.All(caringCandidates.Candidates, c => Assert.Equal(c.Score, c.Reasons.Sum(r => r.Points)));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_counter_registers_and_reads_seekers_of_its_own_region_only_and_registration_is_idempotent()
    {
        var person = await host.RegisterPersonAsync("孙八", "410802");
        var request = new V1.RegisterSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = person },
            Preferences = new V1.JobPreferences { OccupationCodes = { "6-31-01-03" } },
        };

        var first = await host.Jobs.RegisterSeekerAsync(request, Counter);
        var retry = await host.Jobs.RegisterSeekerAsync(request, Counter);
        var jiyuan = TestCallers.Counter("419001", "clerk-jiyuan");
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() =>
            host.Jobs.FindMatchesForSeekerAsync(new V1.FindMatchesForSeekerRequest { SeekerId = first.SeekerId }, jiyuan).ResponseAsync);
        var notHers = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.RegisterSeekerAsync(new V1.RegisterSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new PersonKey { PersonId = person },
            Preferences = new V1.JobPreferences(),
        }, jiyuan).ResponseAsync);
        var updated = await host.Jobs.UpdateSeekerAsync(new V1.UpdateSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            SeekerId = first.SeekerId,
            ExpectedVersion = first.Record.Version,
            Preferences = new V1.JobPreferences { OccupationCodes = { "6-31-01-02" } },
            Active = true,
        }, Counter);
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.UpdateSeekerAsync(new V1.UpdateSeekerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            SeekerId = first.SeekerId,
            ExpectedVersion = first.Record.Version,
            Preferences = new V1.JobPreferences(),
            Active = true,
        }, Counter).ResponseAsync);

        Assert.Equal(first, retry);
        Assert.Equal("410802", first.HomeRegion.Code);
        Assert.StartsWith("S", first.SeekerId, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        // The person lives and is registered in Jiaozuo: to the Jiyuan counter they are unknown, as the registry itself would answer it.
        Assert.Equal(StatusCode.NotFound, notHers.StatusCode);
        Assert.Equal(["6-31-01-02"], updated.Preferences.OccupationCodes);
        Assert.Equal(first.SeekerId, updated.SeekerId);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact(Timeout = 180_000)]
    public async Task JobsMatchingKeysetPages_candidates_for_a_posting_walked_in_pages_equal_the_one_page_order_and_a_foreign_token_is_refused()
    {
        const string baker = "6-01-02-01";
        var posting = await host.FileAsync(Posting("面包师", baker));
        var other = await host.FileAsync(Posting("面包师（修武）", baker, "410821", Xiuwu));
        // Seven seekers at different distances (different scores), two at the same place (a tie broken by seeker id).
        double[] offsets = [0, 0.02, 0.05, 0.05, 0.1, 0.2, 0.3];
        foreach (var (offset, i) in offsets.Select((o, i) => (o, i)))
        {
            var person = await host.RegisterPersonAsync($"孙{i}明", "410802");
            await host.RegisterSeekerAsync(person, new V1.JobPreferences
            {
                OccupationCodes = { baker },
                Location = new V1.GeoPoint { Latitude = Jiefang.Latitude + offset, Longitude = Jiefang.Longitude },
            });
        }

        var whole = await host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest { PostingId = posting.PostingId }, Counter);
        Assert.Equal(7, whole.Candidates.Count);
        Assert.Equal("", whole.Page.NextPageToken);
        Assert.Equal("", whole.NoticeZh); // fewer than the read's bound: every fitting seeker is ranked

        var walked = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest
            {
                PostingId = posting.PostingId,
                Page = new PageRequest { PageSize = 3, PageToken = token },
            }, Counter);
            Assert.InRange(page.Candidates.Count, 1, 3);
            Assert.Contains("jobs.matching.keyset_pages", page.RuleIds);
            walked.AddRange(page.Candidates.Select(c => c.SeekerId));
            token = page.Page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(3, pages);
        Assert.Equal(whole.Candidates.Select(c => c.SeekerId), walked);

        // A token is the posting's: another posting's, or a made-up one, is refused naming the field.
        var first = await host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest { PostingId = posting.PostingId, Page = new PageRequest { PageSize = 3 } }, Counter);
        foreach (var foreign in new[] { first.Page.NextPageToken, "bm90LWEtdG9rZW4" })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.FindCandidatesAsync(new V1.FindCandidatesRequest
            {
                PostingId = foreign == first.Page.NextPageToken ? other.PostingId : posting.PostingId,
                Page = new PageRequest { PageSize = 3, PageToken = foreign },
            }, Counter).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("page.page_token", error.Said(), StringComparison.Ordinal);
        }
    }
}
