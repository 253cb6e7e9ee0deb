namespace Employment.Jobs.Data.Matching;

/// <summary>
/// What matching needs of a posting beyond the searchable row (<see cref="PostingRecord"/>, which
/// this extends one-to-one by its key and goes with it): work place coordinates, minimum education,
/// required skills and certificates, and the 爱心岗位 flag. A table of its own so the search engine's
/// row stays as it is; the posting use cases write it beside the index.
/// </summary>
public sealed class PostingMatchRecord
{
    public long PostingKey { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Domain EducationLevel; 0 = no requirement.</summary>
    public int MinEducation { get; set; }

    /// <summary>爱心岗位 (36号（十三）).</summary>
    public bool CaringPost { get; set; }

    /// <summary>Required skills, one per line.</summary>
    public string Skills { get; set; } = "";

    /// <summary>Required certificates, one per line: occupation code, '/', level (6 = any), '/', name.</summary>
    public string Certificates { get; set; } = "";
}
