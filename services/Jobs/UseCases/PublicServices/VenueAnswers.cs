using Employment.Common.V1;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Venues;
using Employment.Persistence.Records;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The domain's records written as the contract's messages.</summary>
public static class VenueAnswers
{
    public static V1.ServiceVenue Counter(ServiceVenue venue, ServiceVenueRecord record) => new()
    {
        VenueId = venue.Id,
        Details = new V1.ServiceVenueDetails
        {
            Kind = (V1.VenueKind)(int)venue.Details.Kind,
            Name = venue.Details.Name,
            County = new RegionCode { Code = venue.Details.CountyCode },
            Address = venue.Details.Address,
            Location = Location(venue.Details.Latitude, venue.Details.Longitude),
            OpeningHours = venue.Details.OpeningHours,
            Contact = venue.Details.Contact,
            Services = venue.Details.Services,
        },
        Open = venue.Open,
        Fictional = venue.Fictional,
        Record = record.ToRecordInfo(),
    };

    public static V1.PublicVenue Public(ServiceVenueRecord r) => new()
    {
        VenueId = r.Id,
        Kind = (V1.VenueKind)r.Kind,
        Name = r.Name,
        County = new RegionCode { Code = r.CountyCode },
        Address = r.Address,
        Location = Location(r.Latitude, r.Longitude),
        OpeningHours = r.OpeningHours,
        Contact = r.Contact,
        Services = r.Services,
        Fictional = r.Fictional,
    };

    private static V1.GeoPoint? Location(double latitude, double longitude) =>
        latitude == 0 && longitude == 0 ? null : new V1.GeoPoint { Latitude = latitude, Longitude = longitude };
}
