namespace Employment.IdentityProvider.Domain;

/// <summary>
/// A one-time code sent to a person signing in by real name: kept hashed, valid until <see cref="ExpiresAt"/>,
/// spent by its first right entry or by too many wrong ones. The id travels in the sign-in form; the code
/// only in the message to the person's phone.
/// </summary>
public sealed class CitizenSignInCode
{
    /// <summary>A random 128-bit id (hex), unguessable: the form names the code it answers by it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The registry's person id the code signs in.</summary>
    public string PersonId { get; set; } = "";

    /// <summary>SHA-256 of the id and the code (hex): the code itself is never stored.</summary>
    public string CodeHash { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    /// <summary>When the code was used or spent by wrong entries; null while it may still be used.</summary>
    public DateTimeOffset? SpentAt { get; set; }
}
