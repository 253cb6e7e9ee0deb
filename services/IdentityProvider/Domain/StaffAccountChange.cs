namespace Employment.IdentityProvider.Domain;

/// <summary>One change an admin made to a staff account, kept for good: who, when, what and to what.</summary>
public sealed class StaffAccountChange
{
    public long Id { get; set; }

    /// <summary>The account changed (its 工号).</summary>
    public string StaffNumber { get; set; } = "";

    /// <summary>created, disabled, enabled or authenticator_reset.</summary>
    public string Change { get; set; } = "";

    /// <summary>What the account became, as a clerk or auditor reads it (role, office, name).</summary>
    public string Detail { get; set; } = "";

    /// <summary>The admin who made it (their 工号).</summary>
    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }
}
