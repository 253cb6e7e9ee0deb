using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>Service venues (服务网点: 零工市场, 零工驿站, 就业服务站) over real gRPC on PostgreSQL, and their public list through the gateway's REST route.</summary>
public sealed class ServiceVenueServiceTests(JobsHost host) : IClassFixture<JobsHost>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    private static readonly Metadata Clerk = TestCallers.Counter("410800", "clerk-venues");

    private static ServiceVenueDetails Details(string name, string county, VenueKind kind = VenueKind.GigMarket) => new()
    {
        Kind = kind,
        Name = name,
        County = new RegionCode { Code = county },
        Address = "示例路1号",
        Location = new GeoPoint { Latitude = 35.10, Longitude = 113.40 },
        OpeningHours = "周一至周五 8:30-17:30",
        Contact = "0391-0000000",
        Services = "零工登记、日结岗位发布",
    };

    private Task<ServiceVenue> RecordAsync(ServiceVenueDetails details) =>
        host.Services.RecordVenueAsync(new RecordVenueRequest { IdempotencyKey = Guid.NewGuid().ToString(), Details = details }, Clerk).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task The_public_lists_a_countys_open_venues_through_REST_and_a_closed_one_leaves_the_list()
    {
        var market = await RecordAsync(Details("武陟县零工市场", "410823"));
        var station = await RecordAsync(Details("武陟县木城街道零工驿站", "410823", VenueKind.Station));
        await RecordAsync(Details("温县就业服务站", "410825", VenueKind.ServiceStation));

        var answer = Parser.Parse<ListVenuesResponse>(await host.Http.GetStringAsync("/v1/employment-service/venues?region.code=410823"));
        Assert.Equal(new[] { market.VenueId, station.VenueId }.Order(StringComparer.Ordinal), answer.Venues.Select(v => v.VenueId).Order(StringComparer.Ordinal));
        Assert.All(answer.Venues, v => Assert.False(v.Fictional));
        Assert.Equal(35.10, answer.Venues.Single(v => v.VenueId == market.VenueId).Location.Latitude, 6);

        var stations = Parser.Parse<ListVenuesResponse>(await host.Http.GetStringAsync("/v1/employment-service/venues?region.code=410823&kind=VENUE_KIND_STATION"));
        Assert.Equal([station.VenueId], stations.Venues.Select(v => v.VenueId));

        var closing = Details("武陟县零工市场", "410823");
        var closed = await host.Services.UpdateVenueAsync(new UpdateVenueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            VenueId = market.VenueId,
            ExpectedVersion = market.Record.Version,
            Details = closing,
            Open = false,
        }, Clerk);
        Assert.False(closed.Open);
        Assert.Equal(2, closed.Record.Version);

        var after = Parser.Parse<ListVenuesResponse>(await host.Http.GetStringAsync("/v1/employment-service/venues?region.code=410823"));
        Assert.Equal([station.VenueId], after.Venues.Select(v => v.VenueId));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_venue_off_the_map_or_without_a_kind_is_refused_naming_the_field()
    {
        var swapped = Details("孟州市零工驿站", "410883");
        swapped.Location = new GeoPoint { Latitude = 112.79, Longitude = 34.90 };
        var error = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(swapped));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("details.location", error.Said(), StringComparison.Ordinal);

        var noKind = Details("孟州市零工驿站", "410883", VenueKind.Unspecified);
        error = await Assert.ThrowsAsync<RpcException>(() => RecordAsync(noKind));
        Assert.Contains("jobs.venue.stated", error.Said(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_venue_update_with_an_old_version_is_refused_and_a_venue_cannot_move_county()
    {
        var venue = await RecordAsync(Details("修武县零工驿站", "410821", VenueKind.Station));
        var moved = await Assert.ThrowsAsync<RpcException>(() => host.Services.UpdateVenueAsync(new UpdateVenueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), VenueId = venue.VenueId, ExpectedVersion = 1, Details = Details("修武县零工驿站", "410822", VenueKind.Station), Open = true,
        }, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, moved.StatusCode);
        Assert.Contains("details.county", moved.Said(), StringComparison.Ordinal);

        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Services.UpdateVenueAsync(new UpdateVenueRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), VenueId = venue.VenueId, ExpectedVersion = 7, Details = Details("修武县零工驿站", "410821", VenueKind.Station), Open = true,
        }, Clerk).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }
}
