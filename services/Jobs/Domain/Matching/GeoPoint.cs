using Employment.ServiceDefaults.Errors;

namespace Employment.Jobs.Domain.Matching;

/// <summary>A place as latitude and longitude (WGS-84 degrees), and the distance between two.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Mean earth radius (IUGG), for the great-circle distance: a commute is not surveyed to the metre.</summary>
    public const double EarthRadiusKm = 6371.0088;

    // The extent of China's territory, with a margin: a point outside it is a typing error (the
    // service places people and jobs in Henan), not a place to match.
    private const double MinLatitude = 3, MaxLatitude = 54, MinLongitude = 73, MaxLongitude = 136;

    /// <summary>The point, or a broken rule naming the field when it is off the map.</summary>
    public static GeoPoint Checked(double latitude, double longitude, string field)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude)
            || latitude is < MinLatitude or > MaxLatitude || longitude is < MinLongitude or > MaxLongitude)
        {
            throw DomainRuleException.Invalid(field, $"坐标（纬度 {latitude}，经度 {longitude}）不在中国境内，请检查是否填反或填错。");
        }

        return new GeoPoint(latitude, longitude);
    }

    /// <summary>
    /// The point on the mean sphere as x, y, z in km from the earth's centre (x towards 0° E on the
    /// equator, z towards the north pole): the straight line between two such points (the chord)
    /// grows with their great-circle distance, so a spatial index over them answers both "within" and
    /// "nearest first".
    /// </summary>
    public (double X, double Y, double Z) EarthCentred()
    {
        var latitude = Latitude * Math.PI / 180;
        var longitude = Longitude * Math.PI / 180;
        return (EarthRadiusKm * Math.Cos(latitude) * Math.Cos(longitude), EarthRadiusKm * Math.Cos(latitude) * Math.Sin(longitude), EarthRadiusKm * Math.Sin(latitude));
    }

    /// <summary>The chord in km between two points <paramref name="km"/> apart along the great circle.</summary>
    public static double ChordKm(double km) => 2 * EarthRadiusKm * Math.Sin(km / (2 * EarthRadiusKm));

    /// <summary>The great-circle km a chord of <paramref name="chordKm"/> spans (the inverse of <see cref="ChordKm"/>).</summary>
    public static double KmFromChord(double chordKm) => 2 * EarthRadiusKm * Math.Asin(Math.Min(1, chordKm / (2 * EarthRadiusKm)));

    /// <summary>Great-circle distance in km (haversine).</summary>
    public double KmTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
