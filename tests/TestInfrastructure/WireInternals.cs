using Xunit;

namespace Employment.TestInfrastructure;

/// <summary>
/// What an answer to a bank or the public must not carry: the project's working copies of the policy
/// documents (the seed field and its file names) and which process or cache of the platform answered.
/// </summary>
public static class WireInternals
{
    public static readonly IReadOnlyList<string> Names = ["seed", ".txt", "InProcess", "Redis", "applicants ("];

    /// <summary>Fails naming the first internal name <paramref name="json"/> (an answer as proto3 JSON) carries.</summary>
    public static void AssertNone(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        foreach (var name in Names)
        {
            Assert.False(json.Contains(name, StringComparison.Ordinal), $"“{name}” on the wire: {json[..Math.Min(json.Length, 2000)]}");
        }
    }
}
