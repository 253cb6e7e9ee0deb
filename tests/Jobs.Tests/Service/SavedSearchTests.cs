using Employment.Common.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>
/// Saved searches (订阅) over real gRPC with the real registry, on a clock the test moves: a person saves the search
/// 找工作 runs, and the postings it finds among each whole day's new ones reach them as one message a day at most, in the
/// hall's messages; nothing new, no message; stopped, no more.
/// </summary>
public sealed class SavedSearchTests(ClockedJobsHost host) : IClassFixture<ClockedJobsHost>
{
    private static Task<V1.SavedSearch> SaveAsync(JobsHost host, string person, string query, string region = "410802", string? key = null) =>
        host.Online.SaveMySearchAsync(new V1.SaveMySearchRequest
        {
            IdempotencyKey = key ?? Guid.NewGuid().ToString(), Query = query, Region = new RegionCode { Code = region },
        }, TestCallers.Person(person)).ResponseAsync;

    private async Task<List<OutgoingMessage>> ToldAsync(string person) =>
        [.. (await host.MessagesOfAsync(person)).Select(m => m.Message).Where(m => m.KindZh == "岗位订阅")];

    [Fact(Timeout = 120_000)]
    public async Task SavedSearch_tells_each_whole_days_new_postings_once_a_day_at_most_and_nothing_after_it_is_stopped()
    {
        var person = await host.RegisterPersonAsync("冷订阅", "410802");
        var saved = await SaveAsync(host, person, "冷藏车司机");
        Assert.Equal("冷藏车司机 · 焦作市 解放区", saved.DescriptionZh);
        Assert.Equal(saved.SearchId, (await SaveAsync(host, person, " 冷藏车司机 ")).SearchId);
        await host.CreateAsync(JobsHost.Lawful("冷藏车司机"));
        await host.CreateAsync(JobsHost.Lawful("仓库保管员"));

        // The day is not over: what it publishes is told tomorrow.
        await host.SendSavedSearchMessagesAsync();
        Assert.Empty(await ToldAsync(person));

        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(1);
        await host.SendSavedSearchMessagesAsync();
        await host.SendSavedSearchMessagesAsync();
        var told = Assert.Single(await ToldAsync(person));
        Assert.Equal(("NEW_POSTINGS", "订阅的新岗位", saved.SearchId), (told.Step, told.TitleZh, told.RecordId));
        Assert.Contains("您订阅的“冷藏车司机 · 焦作市 解放区”", told.BodyZh, StringComparison.Ordinal);
        Assert.Contains("冷藏车司机（焦作测试商贸有限公司，4000–6000元/月）", told.BodyZh, StringComparison.Ordinal);
        Assert.DoesNotContain("仓库保管员", told.BodyZh, StringComparison.Ordinal);
        Assert.Contains("退订", told.BodyZh, StringComparison.Ordinal);

        // A day with nothing new: no message, and the day counts as told.
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(1);
        await host.SendSavedSearchMessagesAsync();
        Assert.Single(await ToldAsync(person));
        var listed = Assert.Single((await host.Online.ListMySearchesAsync(new V1.ListMySearchesRequest(), TestCallers.Person(person))).Searches);
        Assert.Equal(JobsHost.Date(DateOnly.FromDateTime(host.Clock.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-1)), listed.SentThrough);

        var stopped = await host.Online.StopMySearchAsync(new V1.StopMySearchRequest { IdempotencyKey = Guid.NewGuid().ToString(), SearchId = saved.SearchId }, TestCallers.Person(person));
        Assert.NotNull(stopped.StoppedAt);
        await host.CreateAsync(JobsHost.Lawful("冷藏车司机"));
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(1);
        await host.SendSavedSearchMessagesAsync();
        Assert.Single(await ToldAsync(person));
    }

    [Fact(Timeout = 120_000)]
    public async Task SavedSearch_needs_a_place_of_the_platform_keeps_ten_running_and_only_its_owner_stops_it()
    {
        var person = await host.RegisterPersonAsync("限订阅", "410802");
        var other = await host.RegisterPersonAsync("他订阅", "410802");

        var noPlace = await Assert.ThrowsAsync<RpcException>(() => SaveAsync(host, person, "会计", region: ""));
        Assert.Equal(StatusCode.InvalidArgument, noPlace.StatusCode);
        Assert.Contains("region", noPlace.Said(), StringComparison.Ordinal);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => SaveAsync(host, person, "会计", region: "110101"));
        Assert.Equal(StatusCode.InvalidArgument, elsewhere.StatusCode);
        var control = await Assert.ThrowsAsync<RpcException>(() => SaveAsync(host, person, "会\u0007计"));
        Assert.Equal(StatusCode.InvalidArgument, control.StatusCode);

        var words = new[] { "会计", "出纳", "司机", "电工", "焊工", "厨师", "保安", "保洁", "护工", "教师" };
        var searches = new List<V1.SavedSearch>();
        foreach (var word in words)
        {
            searches.Add(await SaveAsync(host, person, word));
        }

        var eleventh = await Assert.ThrowsAsync<RpcException>(() => SaveAsync(host, person, "收银员"));
        Assert.Equal(StatusCode.FailedPrecondition, eleventh.StatusCode);
        Assert.Contains("退订", eleventh.Status.Detail, StringComparison.Ordinal);

        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => host.Online.StopMySearchAsync(
            new V1.StopMySearchRequest { IdempotencyKey = Guid.NewGuid().ToString(), SearchId = searches[0].SearchId }, TestCallers.Person(other)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);
        Assert.Empty((await host.Online.ListMySearchesAsync(new V1.ListMySearchesRequest(), TestCallers.Person(other))).Searches);

        await host.Online.StopMySearchAsync(new V1.StopMySearchRequest { IdempotencyKey = Guid.NewGuid().ToString(), SearchId = searches[0].SearchId }, TestCallers.Person(person));
        Assert.Equal("收银员 · 焦作市 解放区", (await SaveAsync(host, person, "收银员")).DescriptionZh);
        var mine = (await host.Online.ListMySearchesAsync(new V1.ListMySearchesRequest(), TestCallers.Person(person))).Searches;
        Assert.Equal(11, mine.Count);
        Assert.Equal("收银员", mine[0].Query);
        Assert.Single(mine, s => s.StoppedAt is not null);
    }
}
