using Employment.Persistence.Records;

namespace Employment.Jobs.Data.Online;

/// <summary>
/// A person's saved search (订阅): the search, and the last day whose new postings a message covered. The daily digest
/// claims a search by moving <see cref="SentThrough"/> on from the value it read, so two copies of the service never
/// send the same day twice.
/// </summary>
public sealed class SavedSearchRecord : AuditedRecord, IPersonRecord
{
    /// <summary>Insertion order: the digest walks the searches along it.</summary>
    public long Key { get; set; }

    /// <summary>"S" and a time-ordered GUID: the person's list reads newest first along it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The registry's person id of whom it tells.</summary>
    public string PersonId { get; set; } = "";

    public string Query { get; set; } = "";

    /// <summary>A city or a county code.</summary>
    public string Region { get; set; } = "";

    /// <summary><c>Search/EmploymentKind</c>; null = any.</summary>
    public int? Kind { get; set; }

    /// <summary>Least monthly pay the posting's top reaches, in fen; null = any.</summary>
    public long? MonthlyPayAtLeastFen { get; set; }

    /// <summary>The last day (China time) whose postings a message has covered.</summary>
    public DateOnly SentThrough { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }
}
