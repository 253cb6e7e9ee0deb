using Employment.Jobs.Domain.Matching;

namespace Employment.Jobs.Search;

/// <summary>
/// "Within <see cref="Km"/> of <see cref="Point"/>", as both engines check it with arithmetic alone
/// (SQLite has no trigonometry): a latitude/longitude box the index can seek, then the distance on a
/// plane tangent at the mean latitude. Within the 100 km a search may ask, that plane differs from the
/// great circle (<see cref="GeoPoint.KmTo"/>) by well under 0.1 %: a posting on the very edge may fall
/// either side, no other.
/// </summary>
public sealed record SearchDistance(GeoPoint Point, double Km)
{
    /// <summary>Kilometres per degree of latitude (and of longitude at the equator) on the mean earth sphere.</summary>
    public const double KmPerDegree = GeoPoint.EarthRadiusKm * Math.PI / 180;

    /// <summary>The bands the distance facet counts, in km.</summary>
    public static readonly int[] FacetBandsKm = [5, 10, 20, 50];

    public double LatitudeSpan => Km / KmPerDegree;

    /// <summary>Half the box's width in degrees of longitude, at the box's edge nearer the pole (the widest).</summary>
    public double LongitudeSpan => Km / (KmPerDegree * Math.Cos(Radians(Math.Abs(Point.Latitude) + LatitudeSpan)));

    /// <summary>Km per degree of longitude at the point.</summary>
    public double EastWestScale => KmPerDegree * Math.Cos(Radians(Point.Latitude));

    /// <summary>
    /// How that scale changes per degree of latitude away from the point, halved: the scale at the mean
    /// of the two latitudes is <c>EastWestScale - EastWestSlope * (lat - lat0)</c> to first order.
    /// </summary>
    public double EastWestSlope => KmPerDegree * Math.Sin(Radians(Point.Latitude)) * Math.PI / 360;

    /// <summary>The same plane distance in C#, for tests that compare the engines' answer with it.</summary>
    public double PlaneKmTo(GeoPoint other)
    {
        var dy = (other.Latitude - Point.Latitude) * KmPerDegree;
        var dx = (other.Longitude - Point.Longitude) * (EastWestScale - (EastWestSlope * (other.Latitude - Point.Latitude)));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
