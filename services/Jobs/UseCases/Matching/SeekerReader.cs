using Employment.Common.V1;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>A seeker as the answers show them: what they stated, their tags (第十七条) and their mode.</summary>
public sealed record SeekerView(string SeekerId, string PersonId, string HomeCountyCode, bool Personalised, bool Active, long Version, IReadOnlyList<SeekerTag> Tags)
{
    public StatedPreferences Stated { get; init; } = new();

    public string? AssistanceCaseId { get; init; }

    public RecordInfo? RecordInfo { get; init; }
}

/// <summary>A seeker read with their registry profile into the tags they are shown and the traits matching uses.</summary>
public sealed record SeekerReading(SeekerRecord Record, PersonProfile Profile, IReadOnlyList<SeekerTag> Tags, SeekerTraits Traits)
{
    public SeekerView View => new(Record.SeekerId, Record.PersonId, Record.HomeCountyCode, !Record.NonPersonalised, Record.Active, Record.Version, Tags)
    {
        Stated = SeekerStore.Stated(Record),
        AssistanceCaseId = Record.AssistanceCaseId,
        RecordInfo = Record.ToRecordInfo(),
    };
}

/// <summary>Reads seekers for the matching use cases: the record, then the profile through the cache.</summary>
public sealed class SeekerReader(SeekerStore store, SeekerQualifications qualifications, ChinaClock clock)
{
    /// <exception cref="DomainRuleException">No such seeker (NOT_FOUND), or a missing id (INVALID_ARGUMENT naming seeker_id).</exception>
    public async Task<SeekerRecord> RecordAsync(string? seekerId, CancellationToken cancellationToken)
    {
        var id = (seekerId ?? "").Trim();
        if (id.Length == 0)
        {
            throw DomainRuleException.Invalid("seeker_id", "请提供求职者编号（seeker_id）。");
        }

        return await store.FindAsync(id, cancellationToken) ?? throw DomainRuleException.NotFound("求职者", id);
    }

    /// <summary>
    /// The record as a caller may see it: a counter only the seekers living in its region (RegionScope);
    /// to anyone else a seeker outside it is NOT_FOUND, exactly as an id that does not exist.
    /// </summary>
    public async Task<SeekerRecord> VisibleAsync(string? seekerId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var record = await RecordAsync(seekerId, cancellationToken);
        return RegionScope.Of(caller).Visible(record, "求职者", record.SeekerId, record.HomeCountyCode);
    }

    public async Task<SeekerReading> ReadAsync(SeekerRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var profile = await qualifications.ProfileAsync(record.PersonId, cancellationToken);
        return Read(record, profile);
    }

    public SeekerReading Read(SeekerRecord record, PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(record);
        var registry = qualifications.Of(profile, record.HomeCountyCode, record.AssistanceCaseId is not null, clock.Today);
        var (tags, traits) = SeekerMatchingProfile.Build(record.SeekerId, record.HomeCountyCode, SeekerStore.Stated(record), registry, SeekerStore.Excluded(record));
        return new SeekerReading(record, profile, tags, traits);
    }
}
