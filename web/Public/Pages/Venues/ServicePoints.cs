using Grpc.Core;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Venues;

/// <summary>The 服务网点 page's URL (<c>/venues?region=410823&amp;kind=gig-market</c>): a county or city and a kind of venue, bookmarkable.</summary>
public sealed record ServicePointFilters(string Region, string Kind, string VenuePage, string EventPage, string Near = "")
{
    public static ServicePointFilters From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query["region"].ToString(), query["kind"].ToString(), query["venues_page"].ToString(), query["events_page"].ToString(), query["near"].ToString().Trim());
    }

    /// <summary>
    /// The venues of a page nearest first from the chosen place, each with its distance (null: no place
    /// chosen, or a venue without a point, which goes last); the service's order otherwise.
    /// </summary>
    public IEnumerable<(PublicVenue Venue, double? Km)> Ordered(IEnumerable<PublicVenue> venues)
    {
        ArgumentNullException.ThrowIfNull(venues);
        var from = NearPlaces.Find(Near);
        var measured = venues.Select(v => (Venue: v, Km: from is null || v.Location is null
            ? (double?)null
            : NearPlaces.KmBetween(from.Latitude, from.Longitude, v.Location.Latitude, v.Location.Longitude)));
        return from is null ? measured : measured.OrderBy(v => v.Km ?? double.MaxValue);
    }

    /// <summary>Kinds of venue a person may pick, with the word in the URL and the contract's enum.</summary>
    public static IReadOnlyList<(string Slug, string NameZh, VenueKind Contract)> Kinds { get; } =
    [
        ("gig-market", "零工市场", VenueKind.GigMarket),
        ("station", "零工驿站", VenueKind.Station),
        ("service-station", "就业服务站", VenueKind.ServiceStation),
        ("counter", "人社服务窗口", VenueKind.BureauCounter),
    ];

    /// <summary>The 人社服务窗口 of a place (a code of <see cref="Places"/>; "" or unknown: every place): where applications are taken.</summary>
    public static string CountersUrl(string region) =>
        Places.Find(region) is { } place ? $"/venues?region={place.Code}&kind=counter" : "/venues?kind=counter";

    public static string KindZh(VenueKind kind) => Kinds.FirstOrDefault(k => k.Contract == kind).NameZh ?? "服务网点";

    public static string EventKindZh(RecruitmentEventKind kind) => kind switch
    {
        RecruitmentEventKind.OnSite => "现场招聘会",
        RecruitmentEventKind.LiveStream => "直播带岗",
        RecruitmentEventKind.Television => "电视送岗",
        RecruitmentEventKind.Campus => "校园招聘",
        _ => "招聘活动",
    };

    /// <summary>The page's own URL for these filters with another page of venues or events.</summary>
    public string PageUrl(string venuePage, string eventPage)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string value)
        {
            if (value.Length > 0)
            {
                parts.Add(new(key, value));
            }
        }

        Add("region", Region);
        Add("kind", Kind);
        Add("near", Near);
        Add("venues_page", venuePage);
        Add("events_page", eventPage);
        return "/venues" + QueryString.Create(parts);
    }
}

/// <summary>What the 服务网点 page shows: the filters, a problem with them, and each list's answer on its own.</summary>
public sealed record ServicePointsView(
    ServicePointFilters Filters,
    string? InputProblem,
    ServiceAnswer<ListVenuesResponse>? Venues,
    ServiceAnswer<ListUpcomingEventsResponse>? Events);

/// <summary>
/// 服务网点: the job-matching service's public lists (PublicEmploymentServices) of service venues
/// (零工市场, 零工驿站, 就业服务站) and upcoming recruitment events, by county. Each list is called on
/// its own, so one failing leaves the other on the page.
/// </summary>
public sealed class ServicePoints(ServiceCalls calls)
{
    private const string ServiceZh = "服务网点查询服务";

    /// <summary>Venues and events a page shows (a county has a handful; a city's list pages on).</summary>
    public const int PageSize = 30;

    public async Task<ServicePointsView> LoadAsync(ServicePointFilters filters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (Problem(filters, out var venuesRequest, out var eventsRequest) is { } problem)
        {
            return new ServicePointsView(filters, problem, null, null);
        }

        var venues = calls.CallAsync(
            ServiceZh,
            async (PublicEmploymentServices.PublicEmploymentServicesClient client, CallOptions options) => await client.ListVenuesAsync(venuesRequest, options),
            cancellation);
        var events = calls.CallAsync(
            ServiceZh,
            async (PublicEmploymentServices.PublicEmploymentServicesClient client, CallOptions options) => await client.ListUpcomingEventsAsync(eventsRequest, options),
            cancellation);
        return new ServicePointsView(filters, null, await venues, await events);
    }

    /// <summary>The two requests the filters make, or what is wrong with them, naming the form's field.</summary>
    public static string? Problem(ServicePointFilters filters, out ListVenuesRequest venues, out ListUpcomingEventsRequest events)
    {
        ArgumentNullException.ThrowIfNull(filters);
        venues = new ListVenuesRequest { Page = new PageRequest { PageSize = PageSize, PageToken = filters.VenuePage } };
        events = new ListUpcomingEventsRequest { Page = new PageRequest { PageSize = PageSize, PageToken = filters.EventPage } };
        if (filters.Region.Length > 0)
        {
            if (Places.Find(filters.Region) is null)
            {
                return "“所在地区”不在可选范围内，请从列表中选择。";
            }

            venues.Region = new RegionCode { Code = filters.Region };
            events.Region = new RegionCode { Code = filters.Region };
        }

        if (filters.Kind.Length > 0)
        {
            var kind = ServicePointFilters.Kinds.FirstOrDefault(k => k.Slug == filters.Kind);
            if (kind.Slug is null)
            {
                return "“网点类型”不在可选范围内，请从列表中选择。";
            }

            venues.Kind = kind.Contract;
        }

        if (filters.Near.Length > 0 && NearPlaces.Find(filters.Near) is null)
        {
            return "“离哪里近”不在可选范围内，请从列表中选择。";
        }

        return null;
    }
}
