using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Employment.Common.V1;
using Google.Protobuf;

namespace Employment.Hiring.UseCases;

/// <summary>
/// A region's employers as the owed-subsidies job looks them up while the people stream in, by credit code
/// (upper case): each profile is kept as the registry sent it, in bytes, and read into a <see cref="Claimant"/>
/// when a person's fact names it. The bytes are several times smaller than the parsed facts, so a city's
/// hundred thousand employers cost tens of megabytes across the run, not hundreds.
/// </summary>
internal sealed class RegionEmployers : IReadOnlyDictionary<string, Claimant>
{
    /// <summary>Claimants read recently, so a page of people naming the same employers parses each once: a technical bound.</summary>
    private const int Recent = 4096;

    private readonly Dictionary<string, byte[]> profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Claimant> recent = new(StringComparer.Ordinal);

    public int Count => profiles.Count;

    public IEnumerable<string> Keys => profiles.Keys;

    public IEnumerable<Claimant> Values => profiles.Values.Select(Read);

    public Claimant this[string key] => TryGetValue(key, out var claimant) ? claimant : throw new KeyNotFoundException(key);

    /// <summary>Keeps the employer when the registry gives it a valid region (R27); the claimant it read, else null.</summary>
    public Claimant? Add(EmployerProfile profile)
    {
        if (RegistryLookup.ClaimantOf(profile) is not { } claimant)
        {
            return null;
        }

        profiles[claimant.CreditCode.ToUpperInvariant()] = profile.ToByteArray();
        return claimant;
    }

    public bool ContainsKey(string key) => profiles.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Claimant value)
    {
        if (recent.TryGetValue(key, out value))
        {
            return true;
        }

        if (!profiles.TryGetValue(key, out var bytes))
        {
            return false;
        }

        if (recent.Count >= Recent)
        {
            recent.Clear();
        }

        recent[key] = value = Read(bytes);
        return true;
    }

    public IEnumerator<KeyValuePair<string, Claimant>> GetEnumerator() =>
        profiles.Select(p => KeyValuePair.Create(p.Key, Read(p.Value))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Claimant Read(byte[] bytes) => RegistryLookup.ClaimantOf(EmployerProfile.Parser.ParseFrom(bytes))!;
}
