namespace Employment.ServiceDefaults.Security;

/// <summary>The header a caller's bearer token travels in (<c>authorization: Bearer …</c>), exactly once.</summary>
public static class AuthorizationHeader
{
    public const string Name = "authorization";
}
