namespace Employment.IdentityProvider.Domain;

/// <summary>
/// Wrong passwords and codes typed for one 工号 from one address, whether or not the 工号 has an account: the
/// lockout counts them here rather than on the account, so that a caller elsewhere cannot lock a clerk out of
/// their office by typing their 工号, and an unknown 工号 locks exactly as a known one does.
/// </summary>
public sealed class StaffSignInFailure
{
    /// <summary>The 工号 as typed (trimmed; at most <see cref="MaxStaffNumberLength"/> characters).</summary>
    public string StaffNumber { get; set; } = "";

    /// <summary>The caller's address as the gateway forwards it.</summary>
    public string Address { get; set; } = "";

    /// <summary>Wrong entries in a row since the last lockout ended or the last sign-in from here.</summary>
    public int Failures { get; set; }

    public DateTimeOffset FirstFailedAt { get; set; }

    public DateTimeOffset LastFailedAt { get; set; }

    /// <summary>Until when this 工号 may not sign in from this address; null while it may.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public const int MaxStaffNumberLength = 32;

    public const int MaxAddressLength = 64;
}
