using System.Globalization;

namespace Employment.ProfileCache;

/// <summary>The kind of cached profile.</summary>
public enum ProfileKind
{
    Person,
    Employer,
}

/// <summary>
/// The Redis key scheme. Format version <see cref="FormatVersion"/>; bump it whenever the stored
/// value changes shape, and old entries are simply never read again.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>emp:v1:person:{id}</c> — the <c>PersonProfile</c> as protobuf bytes, expiring after the TTL;</item>
/// <item><c>emp:v1:person:{id}:version</c> — the latest profile_version the registry recorded (decimal);</item>
/// <item>the same with <c>employer</c>;</item>
/// <item>channel <c>emp:v1:invalidations</c> — messages <c>person:{id}:{version}</c>.</item>
/// </list>
/// The id is percent-encoded (so it never contains <c>:</c>, <c>{</c> or <c>}</c>) and wrapped in
/// braces, a Redis Cluster hash tag that keeps an entry and its version key in one slot.
/// </remarks>
public static class ProfileKeys
{
    public const string FormatVersion = "v1";

    public const string Prefix = "emp:" + FormatVersion + ":";

    public const string InvalidationChannel = Prefix + "invalidations";

    public static string Entry(ProfileKind kind, string id) => $"{Prefix}{KindName(kind)}:{{{Encode(id)}}}";

    public static string Version(ProfileKind kind, string id) => Entry(kind, id) + ":version";

    internal static string InvalidationMessage(ProfileKind kind, string id, long version) =>
        $"{KindName(kind)}:{Encode(id)}:{version.ToString(CultureInfo.InvariantCulture)}";

    internal static bool TryParseInvalidation(string? message, out ProfileKind kind, out string id, out long version)
    {
        kind = default;
        id = "";
        version = 0;
        var parts = message?.Split(':');
        if (parts is not { Length: 3 } || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        switch (parts[0])
        {
            case "person":
                kind = ProfileKind.Person;
                break;
            case "employer":
                kind = ProfileKind.Employer;
                break;
            default:
                return false;
        }

        id = Uri.UnescapeDataString(parts[1]);
        return true;
    }

    internal static string KindName(ProfileKind kind) => kind switch
    {
        ProfileKind.Person => "person",
        ProfileKind.Employer => "employer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Encode(string id) => Uri.EscapeDataString(id);
}
