using Employment.Persistence.Records;

namespace Employment.Jobs.Data.Seekers;

/// <summary>
/// A job seeker: a registry person (by registry id, never an identity number) with what they told the
/// counter. Their occupations, counties, kinds and skills are <see cref="SeekerTagRecord"/> rows;
/// certificates and education are read from the registry profile at each match, not stored here.
/// </summary>
public sealed class SeekerRecord : AuditedRecord
{
    public long Key { get; set; }

    public string SeekerId { get; set; } = "";

    /// <summary>The registry's person id.</summary>
    public string PersonId { get; set; } = "";

    /// <summary>Where they live (county-level code): the region of the non-personalised list and of candidate searches.</summary>
    public string HomeCountyCode { get; set; } = "";

    /// <summary>The city of <see cref="HomeCountyCode"/> (济源 419001 is its own city).</summary>
    public string HomeCityCode { get; set; } = "";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Pay floor as stated, in fen per <see cref="PayFloorPeriod"/>; null = none.</summary>
    public long? PayFloorFen { get; set; }

    public int PayFloorPeriod { get; set; }

    /// <summary>第十七条: the seeker chose recommendations not aimed at their personal characteristics.</summary>
    public bool NonPersonalised { get; set; }

    /// <summary>
    /// The 就业援助 case they are in, set by the counter; null = none. Assistance cases are not yet
    /// a record of this service ("What the public employment service runs").
    /// </summary>
    public string? AssistanceCaseId { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Who may see the resume (<c>Domain/Online/ResumeVisibility</c>); the narrowest until the person chooses.</summary>
    public int ResumeVisibility { get; set; } = 1;

    /// <summary>What the person wrote of their resume beyond the preferences (<c>Domain/Online/StatedResume</c> as JSON); null = never written.</summary>
    public string? ResumeJson { get; set; }

    public List<SeekerTagRecord> Tags { get; set; } = [];
}
