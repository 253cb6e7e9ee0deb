using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 服务网点 (焦政办〔2024〕15号（十六）: 零工市场 and service near home) on data a counter
/// recorded through the job-matching service: a county's venues and upcoming recruitment events are
/// listed with the county in the URL; another county's are not; a cancelled event is not; the kind
/// filter round-trips.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class ServicePointsPageTests(WebPlatform platform)
{
    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_a_countys_venues_and_upcoming_events_are_listed_by_the_county_in_the_URL()
    {
        var tag = Tag();
        var market = await RecordVenueAsync(VenueKind.GigMarket, $"温县零工市场{tag}", "410825");
        var station = await RecordVenueAsync(VenueKind.ServiceStation, $"温县就业服务站{tag}", "410825");
        var elsewhere = await RecordVenueAsync(VenueKind.GigMarket, $"孟州市零工市场{tag}", "410883");
        var fair = await RecordEventAsync($"温县春风行动招聘会{tag}", "410825", daysAhead: 5);
        var cancelled = await RecordEventAsync($"温县取消的招聘会{tag}", "410825", daysAhead: 6);
        await platform.EmploymentServices.CancelEventAsync(new CancelEventRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EventId = cancelled.EventId,
            ExpectedVersion = cancelled.Record.Version,
            Reason = "场地调整",
        }, TestCallers.Counter());

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/venues");
        await page.SelectOptionAsync("#region", "410825");
        await page.SubmitFormAsync();
        Assert.Equal("410825", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["region"]);

        var venues = await page.Locator("ul.venues > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.venue)");
        Assert.Contains(market.VenueId, venues);
        Assert.Contains(station.VenueId, venues);
        Assert.DoesNotContain(elsewhere.VenueId, venues);
        var card = page.Locator($"ul.venues > li[data-venue='{market.VenueId}']");
        var text = await card.InnerTextAsync();
        Assert.Contains("零工市场", text, StringComparison.Ordinal);
        Assert.Contains("温县", text, StringComparison.Ordinal);
        Assert.Contains("周一至周五 8:00-12:00", text, StringComparison.Ordinal);
        Assert.Contains("零工登记、日结岗位发布", text, StringComparison.Ordinal);
        // A way to act: the phone number dials, the address opens in the phone's map app (a geo: URI).
        Assert.Equal(1, await card.Locator("a[href='tel:03910000000']").CountAsync());
        Assert.StartsWith("geo:", await card.Locator("a.map").GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

        var events = await page.Locator("ul.events > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event)");
        Assert.Contains(fair.EventId, events);
        Assert.DoesNotContain(cancelled.EventId, events);
        var fairText = await page.Locator($"ul.events > li[data-event='{fair.EventId}']").InnerTextAsync();
        Assert.Contains("现场招聘会", fairText, StringComparison.Ordinal);
        Assert.Contains(Date(fair.Details.Date), fairText, StringComparison.Ordinal);
        Assert.Contains("温县人力资源和社会保障局", fairText, StringComparison.Ordinal);

        // The kind filter round-trips: only the 零工市场 of the county, the choice kept in the form.
        await page.GotoAsync("/venues?region=410825&kind=gig-market");
        var markets = await page.Locator("ul.venues > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.venue)");
        Assert.Contains(market.VenueId, markets);
        Assert.DoesNotContain(station.VenueId, markets);
        Assert.Equal("gig-market", await page.Locator("#kind").InputValueAsync());
        Assert.Equal("410825", await page.Locator("#region").InputValueAsync());
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task The_page_says_which_venues_take_subsidy_and_loan_applications_and_lists_them_by_their_kind()
    {
        var tag = Tag();
        var counter = await RecordVenueAsync(VenueKind.BureauCounter, $"温县人社服务窗口{tag}", "410825");
        var market = await RecordVenueAsync(VenueKind.GigMarket, $"温县零工市场{tag}", "410825");

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/venues?region=410825");
        var where = page.Locator(".where-to-apply");
        Assert.Contains("不受理申请", await where.InnerTextAsync(), StringComparison.Ordinal);
        await where.Locator("a", new() { HasText = "人社服务窗口" }).ClickAsync();
        Assert.Equal("counter", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["kind"]);
        var listed = await page.Locator("ul.venues > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.venue)");
        Assert.Contains(counter.VenueId, listed);
        Assert.DoesNotContain(market.VenueId, listed);
        Assert.Contains("人社服务窗口", await page.Locator($"li[data-venue='{counter.VenueId}'] .meta").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_venues_are_ordered_nearest_first_from_the_chosen_place_with_their_distance()
    {
        var tag = Tag();
        // Both in 温县's list: one by its seat, one recorded far to the north-east (at 武陟县's seat).
        var byTheSeat = await RecordVenueAsync(VenueKind.GigMarket, $"温县城区零工市场{tag}", "410825", 34.941, 113.082);
        var farAway = await RecordVenueAsync(VenueKind.Station, $"温县远处零工驿站{tag}", "410825", 35.099, 113.402);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/venues");
        await page.SelectOptionAsync("#region", "410825");
        await page.SelectOptionAsync("#near", "410825");
        await page.SubmitFormAsync();
        Assert.Equal("410825", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["near"]);
        var order = (await page.Locator("ul.venues > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.venue)")).ToList();
        Assert.True(order.IndexOf(byTheSeat.VenueId) >= 0 && order.IndexOf(byTheSeat.VenueId) < order.IndexOf(farAway.VenueId), string.Join(" ", order));
        // 0.1 km from 温县's seat; about 34 km from it to 武陟县's seat.
        Assert.Contains("距离约 0.1 公里", await page.Locator($"ul.venues > li[data-venue='{byTheSeat.VenueId}'] .meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"距离约 3\d\.\d 公里", await page.Locator($"ul.venues > li[data-venue='{farAway.VenueId}'] .meta").InnerTextAsync());

        // From 武陟县 the order turns round; the choice is kept in the form.
        await page.GotoAsync("/venues?region=410825&near=410823");
        order = (await page.Locator("ul.venues > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.venue)")).ToList();
        Assert.True(order.IndexOf(farAway.VenueId) < order.IndexOf(byTheSeat.VenueId), string.Join(" ", order));
        Assert.Equal("410823", await page.Locator("#near").InputValueAsync());

        await page.GotoAsync("/venues?region=410825&near=nowhere");
        Assert.Contains("离哪里近", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_a_place_not_on_the_list_is_named_and_the_form_still_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        var response = await page.GotoAsync("/venues?region=999999");

        Assert.Equal(200, response!.Status);
        Assert.Equal("请检查填写的内容", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("所在地区", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("form[action='/venues']").CountAsync());
    }

    /// <summary>A name tag unique to the test, in characters a person reads (never a run of digits a page scan would take for a code).</summary>
    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[Convert.ToInt32(c.ToString(), 16)]));

    private async Task<ServiceVenue> RecordVenueAsync(VenueKind kind, string name, string county, double latitude = 34.94, double longitude = 113.08) =>
        await platform.EmploymentServices.RecordVenueAsync(new RecordVenueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Details = new ServiceVenueDetails
            {
                Kind = kind,
                Name = name,
                County = new RegionCode { Code = county },
                Address = name + "所在的测试路 1 号",
                Location = new GeoPoint { Latitude = latitude, Longitude = longitude },
                OpeningHours = "周一至周五 8:00-12:00，14:30-17:30",
                Contact = "0391-0000000",
                Services = "零工登记、日结岗位发布、现场对接",
            },
        }, TestCallers.Counter());

    private async Task<Employment.Jobs.V1.RecruitmentEvent> RecordEventAsync(string title, string county, int daysAhead)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(daysAhead);
        return await platform.EmploymentServices.RecordEventAsync(new RecordEventRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Details = new RecruitmentEventDetails
            {
                Kind = RecruitmentEventKind.OnSite,
                Title = title,
                Organiser = "温县人力资源和社会保障局",
                Date = new CalendarDate { Year = day.Year, Month = day.Month, Day = day.Day },
                County = new RegionCode { Code = county },
                Address = "温县人力资源市场一楼大厅",
                Contact = "0391-0000001",
            },
        }, TestCallers.Counter());
    }

    private static string Date(CalendarDate date) => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";
}
