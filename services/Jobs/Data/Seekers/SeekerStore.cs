using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Microsoft.EntityFrameworkCore;

namespace Employment.Jobs.Data.Seekers;

/// <summary>Seekers read and written with their tags; the stated preferences read back as the domain's.</summary>
public sealed class SeekerStore(JobsDbContext db)
{
    public Task<SeekerRecord?> FindAsync(string seekerId, CancellationToken cancellationToken) =>
        db.Set<SeekerRecord>().Include(s => s.Tags).SingleOrDefaultAsync(s => s.SeekerId == seekerId, cancellationToken);

    public Task<SeekerRecord?> FindByPersonAsync(string personId, CancellationToken cancellationToken) =>
        db.Set<SeekerRecord>().Include(s => s.Tags).SingleOrDefaultAsync(s => s.PersonId == personId, cancellationToken);

    public void Add(SeekerRecord seeker) => db.Set<SeekerRecord>().Add(seeker);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>The stated preferences the record holds.</summary>
    public static StatedPreferences Stated(SeekerRecord seeker)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        List<string> Values(TagKind kind) => seeker.Tags.Where(t => t.Kind == (int)kind && !t.Excluded).Select(t => t.Value).Order(StringComparer.Ordinal).ToList();
        return new StatedPreferences
        {
            Occupations = Values(TagKind.Occupation),
            OccupationWords = Values(TagKind.OccupationWord),
            Counties = Values(TagKind.County),
            Kinds = Values(TagKind.Kind).Select(v => (EmploymentKind)int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            Skills = Values(TagKind.Skill),
            PayFloorFen = seeker.PayFloorFen,
            PayFloorPeriod = seeker.PayFloorFen is null ? PayPeriod.Month : (PayPeriod)seeker.PayFloorPeriod,
            Place = seeker.Latitude is { } lat && seeker.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        };
    }

    /// <summary>The ids of registry tags the seeker deleted.</summary>
    public static IReadOnlySet<string> Excluded(SeekerRecord seeker) =>
        seeker.Tags.Where(t => t.Excluded).Select(t => SeekerTag.IdOf((TagKind)t.Kind, t.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces the stated preferences (tags and columns), keeping the registry tags the seeker deleted.</summary>
    public static void Replace(SeekerRecord seeker, StatedPreferences stated)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        ArgumentNullException.ThrowIfNull(stated);
        seeker.Tags.RemoveAll(t => !t.Excluded);
        void Tag(TagKind kind, string value, string group = "") => seeker.Tags.Add(new SeekerTagRecord { Kind = (int)kind, Value = value, Group = group });
        foreach (var code in stated.Occupations)
        {
            Tag(TagKind.Occupation, code, Occupations.GroupOf(code));
        }

        foreach (var word in stated.OccupationWords)
        {
            // The 小类 of the first occupation the word names, so a posting of it finds this seeker by index.
            var named = OccupationSynonyms.Shipped.CodesNamedBy(word);
            Tag(TagKind.OccupationWord, word, named.Count > 0 ? Occupations.GroupOf(named[0]) : "");
        }

        foreach (var county in stated.Counties)
        {
            Tag(TagKind.County, county);
        }

        foreach (var kind in stated.Kinds)
        {
            Tag(TagKind.Kind, ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var skill in stated.Skills)
        {
            Tag(TagKind.Skill, skill);
        }

        seeker.PayFloorFen = stated.PayFloorFen;
        seeker.PayFloorPeriod = (int)stated.PayFloorPeriod;
        seeker.Latitude = stated.Place?.Latitude;
        seeker.Longitude = stated.Place?.Longitude;
    }
}
