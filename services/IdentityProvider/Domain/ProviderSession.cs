namespace Employment.IdentityProvider.Domain;

/// <summary>
/// A sign-in session at the provider (a clerk's or a citizen's): its cookie carries only this id, checked here on
/// every request, so that signing out, or an admin disabling the account, ends it on the server and a copy of the
/// cookie taken before then signs no one in.
/// </summary>
public sealed class ProviderSession
{
    /// <summary>A random 128-bit id (hex), the cookie's session claim.</summary>
    public string Id { get; set; } = "";

    /// <summary>The 工号 or the registry's person id.</summary>
    public string Subject { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public const int MaxSubjectLength = 64;
}
