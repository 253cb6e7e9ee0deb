using System.Globalization;
using System.Text.Json;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>
/// The places a person can search near or say they live at, each with a point (county seats and
/// railway stations), kept as data in <c>Pages/Jobs/near-places.json</c> (county seats' points from <see cref="Places"/>);
/// or the person's own point ("使用我的位置"), written <c>35.100,113.400</c> in the URL.
/// Geography for a select box, not policy.
/// </summary>
public static class NearPlaces
{
    private const string ResourceName = "Employment.Web.Public.near-places.json";

    public sealed record NearPlace(string Id, string NameZh, string Kind, double Latitude, double Longitude);

    /// <summary>The groups of the select box, in order, with their Chinese label.</summary>
    public static IReadOnlyList<(string Kind, string NameZh)> Kinds { get; } = [("county", "城区、县城"), ("station", "火车站")];

    /// <summary>
    /// Distances a person may pick: the bands job-matching's distance facet counts (SearchDistance.FacetBandsKm),
    /// so each option can show its count. A choice on a form, not a policy figure.
    /// </summary>
    public static IReadOnlyList<int> DistancesKm { get; } = [5, 10, 20, 50];

    /// <summary>The distance the form offers first.</summary>
    public const int DefaultKm = 10;

    public static IReadOnlyList<NearPlace> All { get; } = Load();

    /// <summary>
    /// A place of the list by its id, or the person's own point written <c>lat,lon</c> (rounded to
    /// three decimals, about 100 m, by the page's script); null when it is neither.
    /// </summary>
    public static NearPlace? Find(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (All.FirstOrDefault(p => p.Id == value) is { } listed)
        {
            return listed;
        }

        var parts = value.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(parts[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var longitude)
            && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? new NearPlace(value, $"我的位置（{Degrees(latitude)}, {Degrees(longitude)}）", "own", latitude, longitude)
            : null;
    }

    /// <summary>
    /// Great-circle distance in km (haversine on the mean earth sphere, IUGG radius), as job-matching
    /// measures a commute: for ordering places a person could walk or ride to, not surveying.
    /// </summary>
    public static double KmBetween(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        const double earthRadiusKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A coordinate as the URL and the REST query write it.</summary>
    public static string Degrees(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static List<NearPlace> Load()
    {
        using var stream = typeof(NearPlaces).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the site's assembly.");
        var file = JsonSerializer.Deserialize<PlaceFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return file.Places.Select(p => p.Latitude is { } latitude && p.Longitude is { } longitude
                ? new NearPlace(p.Id, p.Name, p.Kind, latitude, longitude)
                : Places.Find(p.Id) is { } place
                    ? new NearPlace(p.Id, p.Name, p.Kind, place.SeatLatitude, place.SeatLongitude)
                    : throw new InvalidOperationException($"{ResourceName}: {p.Id} has no point and is not a place of the platform."))
            .ToList();
    }

    private sealed record PlaceFile(string About, List<PlaceEntry> Places);

    /// <summary>A county-level entry takes its seat's point from <see cref="Places"/>; a station states its own.</summary>
    private sealed record PlaceEntry(string Id, string Name, string Kind, double? Latitude, double? Longitude, string Check);
}
