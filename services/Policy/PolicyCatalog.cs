using System.Collections.Concurrent;
using Employment.Policy.Model;

namespace Employment.Policy;

/// <summary>
/// The loaded catalog: answers "what is parameter K for region R on date D" with the value and its
/// citation, or "no policy" — never the nearest value (ruling R1). The most specific region with a
/// value in force wins (R2). Immutable once loaded; safe to share.
/// </summary>
public sealed class PolicyCatalog
{
    private readonly Dictionary<string, KeyEntry> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Region, Region[]> _chains = new();
    private readonly HashSet<Region> _documentRegions;

    private readonly IReadOnlyDictionary<string, string> _names;

    internal PolicyCatalog(IReadOnlyList<PolicyMeasure> measures, IReadOnlyList<ParameterValue> values, IReadOnlyList<ConfigurationParameter> configuration, IReadOnlyDictionary<string, string> names)
    {
        _names = names;
        Measures = measures;
        Documents = measures.Select(m => m.Document).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Configuration = configuration;
        _documentRegions = Documents.Select(d => d.Region).ToHashSet();
        foreach (var c in configuration)
        {
            _keys[c.Key] = new KeyEntry(c);
        }

        foreach (var value in values)
        {
            // The same instances the measures hold (ValuesApplying compares by reference), named once here.
            value.NameZh = NameOf(value.Key);
        }

        foreach (var group in values.GroupBy(v => v.Key))
        {
            var entry = _keys.TryGetValue(group.Key, out var existing) ? existing : _keys[group.Key] = new KeyEntry(null);
            foreach (var byRegion in group.GroupBy(v => v.Region))
            {
                // Real values first, then samples, each by date: a deployment's value beats a sample.
                entry.ByRegion[byRegion.Key] = byRegion.OrderBy(v => v.IsSample).ThenBy(v => v.From).ToArray();
            }
        }
    }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    public IReadOnlyList<PolicyMeasure> Measures { get; }

    public IReadOnlyList<ConfigurationParameter> Configuration { get; }

    public IEnumerable<string> Keys => _keys.Keys;

    public bool Contains(string key) => _keys.ContainsKey(key);

    /// <summary>Who measures are for, as the public list filters them (empty where the catalog has no audiences.yaml).</summary>
    public IReadOnlyList<Audience> Audiences { get; init; } = [];

    /// <summary>
    /// Key prefixes of the measures lent to people of the groups the documents recognise (个人创业担保贷款):
    /// such a measure names no group of its own, its people are the region's recognised groups.
    /// </summary>
    public IReadOnlyList<string> RecognisedBorrowerKeys { get; init; } = [];

    /// <summary>The groups recognised for the loans in the region on the date (a <c>categories.&lt;group&gt;.recognised</c> in force and true).</summary>
    public IReadOnlySet<string> RecognisedGroups(Region region, DateOnly date) =>
        _keys.Keys
            .Where(k => Audience.GroupOf(k) is not null && k.StartsWith("categories.", StringComparison.Ordinal))
            .Where(k => TryResolve(k, region, date, out var value) && value.Unit == PolicyUnit.Boolean && value.Value.Boolean)
            .Select(k => Audience.GroupOf(k)!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a measure, by the values of it that apply, is for the audience: a value names one of the
    /// audience's groups and says yes, or the measure lends to the recognised groups and one of the
    /// audience's is among <paramref name="recognised"/>.
    /// </summary>
    public bool IsFor(Audience audience, IReadOnlyList<ParameterValue> values, IReadOnlySet<string> recognised)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(recognised);
        return values.Any(audience.Covers)
            || (values.Any(v => RecognisedBorrowerKeys.Any(p => v.Key.StartsWith(p, StringComparison.Ordinal))) && audience.Groups.Any(recognised.Contains));
    }

    /// <summary>The measures that may not both pay for the same person, month or training (empty where the catalog has no exclusions.yaml); each in force where and when its key resolves to true.</summary>
    public IReadOnlyList<MeasureExclusion> Exclusions { get; init; } = [];

    /// <summary>The working days (工作日) time limits are counted in: the configured 节假日安排 per year (R3).</summary>
    public Calendar.WorkingCalendar Calendar { get; init; } = Employment.Policy.Calendar.WorkingCalendar.Empty;

    /// <summary>Every measure's 申报材料 as configured (README "Materials").</summary>
    public IReadOnlyList<MaterialList> Materials { get; init; } = [];

    /// <summary>
    /// The 申报材料 of <paramref name="measure"/> (a kind's measure, <c>hiring.absorption</c>) for <paramref name="region"/> on
    /// <paramref name="date"/>: the most specific region's list in force, a deployment's before a sample (R2); null when none is.
    /// </summary>
    public MaterialList? MaterialsFor(string measure, Region region, DateOnly date)
    {
        foreach (var r in Chain(region))
        {
            var found = Materials.Where(m => m.Region == r && m.Measure == measure && m.InForceOn(date)).OrderBy(m => m.IsSample).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Every region's 行政复议 body and court as configured (R32).</summary>
    public IReadOnlyList<RemedyBodies> Remedies { get; init; } = [];

    /// <summary>Where a refusal made in <paramref name="region"/> on <paramref name="date"/> may be challenged: the most specific region's in force, a deployment's before a sample; null when none is.</summary>
    public RemedyBodies? RemediesFor(Region region, DateOnly date)
    {
        foreach (var r in Chain(region))
        {
            var found = Remedies.Where(m => m.Region == r && m.InForceOn(date)).OrderBy(m => m.IsSample).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The key's name in Chinese as a person reads it (names.yaml, or a configuration key's title).</summary>
    public string NameOf(string key) => _names.TryGetValue(key, out var name) ? name : "";

    public bool IsConfiguration(string key) => _keys.TryGetValue(key, out var entry) && entry.Configuration is not null;

    /// <summary>The value in force, or false for "no policy" on that date in that region or above it.</summary>
    public bool TryResolve(string key, Region region, DateOnly date, out ParameterValue value)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            throw new ArgumentException($"'{key}' is not a parameter of the policy catalog.", nameof(key));
        }

        foreach (var r in Chain(region))
        {
            if (entry.ByRegion.TryGetValue(r, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (candidate.InForceOn(date))
                    {
                        value = candidate;
                        return true;
                    }
                }
            }
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// The value in force. Throws <see cref="ConfigurationMissingException"/> for a configuration
    /// parameter nobody set (R3), and <see cref="NoPolicyException"/> when no policy is in force.
    /// </summary>
    public ParameterValue Resolve(string key, Region region, DateOnly date)
    {
        if (TryResolve(key, region, date, out var value))
        {
            return value;
        }

        throw IsConfiguration(key) ? new ConfigurationMissingException(key, region, date) : new NoPolicyException(key, region, date);
    }

    /// <summary>Every value the key has had for the region and the regions above it, most specific region first, by date.</summary>
    public IReadOnlyList<ParameterValue> History(string key, Region region)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            return [];
        }

        return Chain(region).SelectMany(r => entry.ByRegion.TryGetValue(r, out var values) ? values : []).ToList();
    }

    /// <summary>
    /// Every real value the key has had in any region, by date then region: what a "no policy" answer
    /// cites, so the clerk sees which documents made the measure, where and for how long (R1, R27).
    /// Samples are left out: they are not policy.
    /// </summary>
    public IReadOnlyList<ParameterValue> Everywhere(string key) =>
        _keys.TryGetValue(key, out var entry)
            ? entry.ByRegion.Values.SelectMany(v => v).Where(v => !v.IsSample).OrderBy(v => v.From).ThenBy(v => v.Region.Code, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// The published policy list (政策清单, 焦政办〔2024〕15号（二十）): measures with a parameter in force
    /// for the region (or above it) on the date, grouped by domain.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PolicyMeasure>> MeasuresInForce(Region region, DateOnly date)
    {
        var chain = Chain(region);
        return Measures
            .Where(m => m.Parameters.Any(p => chain.Contains(p.Region) && p.InForceOn(date)))
            .GroupBy(m => m.Domain)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PolicyMeasure>)g.ToList());
    }

    /// <summary>
    /// The values of a measure that apply in the region on the date: in force there or in a region
    /// above it, and not replaced by a more specific region's value of the same key (R2). What a
    /// decision in that region on that day would read.
    /// </summary>
    public IReadOnlyList<ParameterValue> ValuesApplying(PolicyMeasure measure, Region region, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Parameters
            .Where(p => TryResolve(p.Key, region, date, out var applying) && ReferenceEquals(applying, p))
            .ToList();
    }

    /// <summary>
    /// Whether the catalog speaks for the region beyond national policy: it is CN, or it lies in a
    /// region some document governs (Henan and the places in it). Elsewhere the catalog knows too
    /// little to publish a list.
    /// </summary>
    public bool Covers(Region region) =>
        region == Region.National || Chain(region).Any(r => r != Region.National && _documentRegions.Contains(r));

    private Region[] Chain(Region region) => _chains.GetOrAdd(region, static r => r.Chain());

    private sealed class KeyEntry(ConfigurationParameter? configuration)
    {
        public ConfigurationParameter? Configuration { get; } = configuration;

        public Dictionary<Region, ParameterValue[]> ByRegion { get; } = new();
    }
}

/// <summary>A parameter asked for a region and date has no value there: no policy.</summary>
public class PolicyResolutionException(string key, Region region, DateOnly date, string message) : Exception(message)
{
    public string Key { get; } = key;

    public Region Region { get; } = region;

    public DateOnly Date { get; } = date;
}

/// <summary>No policy in force for the key in the region (or above it) on the date.</summary>
public sealed class NoPolicyException(string key, Region region, DateOnly date)
    : PolicyResolutionException(key, region, date, $"没有适用的政策：{key} 在 {region} 于 {date:yyyy-MM-dd} 无有效规定。 (No policy: {key} for region {region} on {date:yyyy-MM-dd}.)");

/// <summary>A configuration value (ruling R3) that this deployment has not set; decisions needing it fail with FAILED_PRECONDITION.</summary>
public sealed class ConfigurationMissingException(string key, Region region, DateOnly date)
    : PolicyResolutionException(key, region, date, $"配置缺失：{key} 在 {region} 于 {date:yyyy-MM-dd} 未配置（裁定 R3）。 (Configuration value {key} is not set for region {region} on {date:yyyy-MM-dd}; ruling R3.)");
