namespace Employment.Persistence.Records;

/// <summary>
/// The columns every changeable row of every service carries: its version (optimistic concurrency:
/// a write names the version it read, a stale one is refused) and who created and last changed it,
/// when. The base is not an entity of its own: EF maps these as columns of each derived table.
/// </summary>
public abstract class AuditedRecord
{
    /// <summary>Row version, 1 when created and incremented by every change.</summary>
    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Stamps a new row: version 1, created and updated now by <paramref name="actor"/>.</summary>
    public void StampCreated(string actor, DateTimeOffset at)
    {
        Version = 1;
        CreatedAt = UpdatedAt = at;
        CreatedBy = UpdatedBy = actor;
    }

    /// <summary>Stamps a change: the next version, updated now by <paramref name="actor"/>.</summary>
    public void StampChanged(string actor, DateTimeOffset at)
    {
        Version++;
        UpdatedAt = at;
        UpdatedBy = actor;
    }
}
