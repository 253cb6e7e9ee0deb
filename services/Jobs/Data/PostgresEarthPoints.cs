using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using NpgsqlTypes;

namespace Employment.Jobs.Data;

/// <summary>
/// Distance on PostgreSQL through the <c>cube</c> extension (shipped with PostgreSQL, marked trusted,
/// so the database's owner creates it without a superuser): each posting's work place is a 3-D point
/// (<see cref="GeoPoint.EarthCentred"/>) in a stored column PostgreSQL computes from its latitude and
/// longitude, under a GiST index. "Within N km" asks the index for the points inside the cube
/// enclosing the chord's ball, then checks the exact distance; "nearest first" orders by the chord
/// (<c>&lt;-&gt;</c>), which the index walks outward from the point.
/// </summary>
internal static class PostgresEarthPoints
{
    /// <summary>The stored column's expression: the same x, y, z as <see cref="GeoPoint.EarthCentred"/>, or null without a place.</summary>
    public static string ColumnSql
    {
        get
        {
            var r = GeoPoint.EarthRadiusKm.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            const string Lat = "radians(\"Latitude\")", Lon = "radians(\"Longitude\")";
            return $"CASE WHEN \"Latitude\" IS NULL OR \"Longitude\" IS NULL THEN NULL " +
                $"ELSE cube(ARRAY[{r} * cos({Lat}) * cos({Lon}), {r} * cos({Lat}) * sin({Lon}), {r} * sin({Lat})]) END";
        }
    }

    public static NpgsqlCube Point(GeoPoint point)
    {
        var (x, y, z) = point.EarthCentred();
        return new NpgsqlCube(new[] { x, y, z });
    }

    /// <summary>The axis-aligned cube around the point that holds every point within the distance's chord.</summary>
    public static NpgsqlCube Box(SearchDistance distance)
    {
        var (x, y, z) = distance.Point.EarthCentred();
        var chord = GeoPoint.ChordKm(distance.Km);
        return new NpgsqlCube(new[] { x - chord, y - chord, z - chord }, new[] { x + chord, y + chord, z + chord });
    }
}
