namespace Employment.Applicants.Domain.Registry;

/// <summary>A stored dated fact as the correction rules see it: its version, and whether a later record replaced it.</summary>
public interface IDatedFact
{
    string Id { get; }

    long Version { get; set; }

    /// <summary>Corrected or withdrawn: kept for the audit trail, ignored by decisions.</summary>
    bool Superseded { get; set; }
}
