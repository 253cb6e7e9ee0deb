using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Venues;
using Employment.Persistence.Records;

namespace Employment.Jobs.Data.PublicServices;

/// <summary>A service venue (服务网点) as stored (<see cref="ServiceVenue"/>).</summary>
public sealed class ServiceVenueRecord : AuditedRecord
{
    public string Id { get; set; } = "";

    public int Kind { get; set; }

    public string Name { get; set; } = "";

    public string CountyCode { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>WGS-84 degrees; 0, 0 when the clerk gave none.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string OpeningHours { get; set; } = "";

    public string Contact { get; set; } = "";

    public string Services { get; set; } = "";

    public bool Open { get; set; }

    /// <summary>A demo venue (Development only): fictional, and shown as such.</summary>
    public bool Fictional { get; set; }

    public ServiceVenue ToVenue() => ServiceVenue.Restore(
        Id,
        new VenueDetails((VenueKind)Kind, Name, CountyCode, Address, Latitude, Longitude, OpeningHours, Contact, Services),
        Open,
        Fictional);

    public void CopyFrom(ServiceVenue venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        Id = venue.Id;
        Kind = (int)venue.Details.Kind;
        Name = venue.Details.Name;
        CountyCode = venue.Details.CountyCode;
        Address = venue.Details.Address;
        Latitude = venue.Details.Latitude;
        Longitude = venue.Details.Longitude;
        OpeningHours = venue.Details.OpeningHours;
        Contact = venue.Details.Contact;
        Services = venue.Details.Services;
        Open = venue.Open;
        Fictional = venue.Fictional;
    }
}
