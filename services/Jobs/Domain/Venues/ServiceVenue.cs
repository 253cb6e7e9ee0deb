using Employment.Jobs.Domain.Postings;

namespace Employment.Jobs.Domain.Venues;

/// <summary>What a clerk states about a venue (服务网点).</summary>
public sealed record VenueDetails(VenueKind Kind, string Name, string CountyCode, string Address, double Latitude, double Longitude, string OpeningHours, string Contact, string Services);

/// <summary>
/// A service venue of the public employment service — 零工市场, 零工驿站, 就业服务站 — where gigs are offered
/// and taken (15号（十六）) and people are served near home. Closed venues stay on record and leave the
/// public list; a demo venue is fictional and says so.
/// </summary>
public sealed class ServiceVenue
{
    /// <summary>A venue needs a kind, a name, a county and an address the public can find.</summary>
    public const string StatedRule = "jobs.venue.stated";

    private ServiceVenue(string id, VenueDetails details, bool open, bool fictional)
    {
        Id = id;
        Details = details;
        Open = open;
        Fictional = fictional;
    }

    public string Id { get; }

    public VenueDetails Details { get; private set; }

    public bool Open { get; private set; }

    public bool Fictional { get; }

    public static ServiceVenue Record(string id, VenueDetails details, bool fictional = false) => new(id, Check(details), open: true, fictional);

    public static ServiceVenue Restore(string id, VenueDetails details, bool open, bool fictional) => new(id, details, open, fictional);

    /// <summary>The venue as it should now read; a venue stays in the county it was recorded in (a move is a new venue).</summary>
    public void Revise(VenueDetails details, bool open)
    {
        Check(details);
        if (details.CountyCode != Details.CountyCode)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"服务网点不能改到另一个县（区）（{Details.CountyCode} → {details.CountyCode}）：请关闭此网点并登记新网点（{StatedRule}）。", "details.county", StatedRule);
        }

        Details = details;
        Open = open;
    }

    private static VenueDetails Check(VenueDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Kind == VenueKind.None)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请选择网点类型（零工市场、零工驿站、就业服务站或人社服务窗口）（{StatedRule}）。", "details.kind", StatedRule);
        }

        return details;
    }
}
