using Microsoft.AspNetCore.Identity;

namespace Employment.IdentityProvider.Domain;

/// <summary>
/// A member of staff who signs in (counter clerk, auditor, admin): the library's account (hashed password,
/// lockout, authenticator key) with the facts a token carries about them, written by this service alone.
/// </summary>
public sealed class StaffAccount : IdentityUser
{
    /// <summary>工号, the bureau's staff number: the account's user name (unique, looked up by the library) and its subject in tokens.</summary>
    public string StaffNumber => UserName ?? "";

    /// <summary>The name a colleague reads in the workbench and the audit trails.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The office's region code (a county or city of the platform).</summary>
    public string OfficeRegion { get; set; } = "";

    /// <summary>The platform role the token names (counter, auditor or admin).</summary>
    public string StaffRole { get; set; } = "";

    /// <summary>复核: the office allows this counter clerk to confirm another clerk's decisions (a token claim the services check).</summary>
    public bool MayReview { get; set; }

    /// <summary>The authenticator's time step of the last code accepted: a code of that step or earlier is refused (no replay).</summary>
    public long LastAuthenticatorStep { get; set; }

    /// <summary>A disabled account signs in no more and its refresh is refused at once.</summary>
    public bool Disabled { get; set; }
}
