using Employment.Common.V1;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Venues;
using Employment.ServiceDefaults.Validation;
using MatchingGeo = Employment.Jobs.Domain.Matching.GeoPoint;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The contract's messages read into the domain's terms, each refusal naming the field.</summary>
public static class VenueInput
{
    public static VenueDetails Details(V1.ServiceVenueDetails? details)
    {
        if (details is null)
        {
            throw DomainRuleException.Invalid("details", "请提供服务网点信息（details）。");
        }

        if (!Enum.IsDefined(details.Kind))
        {
            throw DomainRuleException.Invalid("details.kind", $"网点类型 {(int)details.Kind} 不存在。");
        }

        // A location is optional (a clerk may not have it); one that is given must be on the map.
        var (latitude, longitude) = (details.Location?.Latitude ?? 0, details.Location?.Longitude ?? 0);
        if (latitude != 0 || longitude != 0)
        {
            MatchingGeo.Checked(latitude, longitude, "details.location");
        }

        return new VenueDetails(
            (VenueKind)(int)details.Kind,
            PlainText.Check(details.Name, "details.name", 100, "网点名称"),
            RegionCodes.Place(details.County, "details.county", required: true),
            PlainText.Check(details.Address, "details.address", 200, "网点地址"),
            latitude,
            longitude,
            PlainText.Check(details.OpeningHours, "details.opening_hours", 100, "开放时间", required: false),
            PlainText.Check(details.Contact, "details.contact", 100, "联系电话", required: false),
            PlainText.Check(details.Services, "details.services", 500, "服务内容", required: false));
    }
}
