using System.Text.Json;
using System.Text.Json.Serialization;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// The most points each <see cref="MatchFactor"/> adds to a score, and the few figures the factors
/// use, read from <c>Domain/Matching/matching-weights.json</c> (each entry says why). One place: the
/// scorer reads nothing else. Product configuration, not policy: the documents give no weights.
/// </summary>
public sealed record MatchWeights
{
    private const string ResourceName = "Employment.Jobs.matching-weights.json";

    /// <summary>The points of a full score.</summary>
    public const int FullScore = 100;

    public required IReadOnlyDictionary<MatchFactor, int> Points { get; init; }

    /// <summary>Percent of the occupation points for a posting in the same 小类 as an occupation asked for.</summary>
    public required int SameGroupPercent { get; init; }

    public required double FullPointsWithinKm { get; init; }

    public required double NoPointsBeyondKm { get; init; }

    /// <summary>The highest pay floor a seeker may state, as monthly fen: above it the figure is a typing error.</summary>
    public required long MaxMonthlyPayFloorFen { get; init; }

    /// <summary>How many postings (or seekers) a match reads and scores.</summary>
    public required int CandidateLimit { get; init; }

    /// <summary>The weights shipped with the service.</summary>
    public static MatchWeights Shipped { get; } = Load();

    public int Of(MatchFactor factor) => Points[factor];

    /// <summary>Checks the figures hang together: every factor present, points adding up to 100, distances in order.</summary>
    public MatchWeights Validated()
    {
        var missing = Enum.GetValues<MatchFactor>().Where(f => !Points.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Matching weights lack {string.Join(", ", missing)}.");
        }

        if (Points.Values.Any(p => p < 0) || Points.Values.Sum() != FullScore)
        {
            throw new InvalidOperationException($"Matching weights must be non-negative and add up to {FullScore}; they add up to {Points.Values.Sum()}.");
        }

        if (SameGroupPercent is < 0 or > 100 || FullPointsWithinKm < 0 || NoPointsBeyondKm <= FullPointsWithinKm || CandidateLimit < 1 || MaxMonthlyPayFloorFen < 1)
        {
            throw new InvalidOperationException("Matching weights: sameGroupPercent 0-100, 0 <= fullPointsWithinKm < noPointsBeyondKm, candidateLimit >= 1, maxMonthlyPayFloorFen >= 1.");
        }

        return this;
    }

    private static MatchWeights Load()
    {
        using var stream = typeof(MatchWeights).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the Jobs assembly.");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var file = JsonSerializer.Deserialize<WeightsFile>(stream, options) ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new MatchWeights
        {
            Points = file.Factors.ToDictionary(f => f.Factor, f => f.Points),
            SameGroupPercent = file.SameGroupPercent,
            FullPointsWithinKm = file.FullPointsWithinKm,
            NoPointsBeyondKm = file.NoPointsBeyondKm,
            CandidateLimit = file.CandidateLimit,
            MaxMonthlyPayFloorFen = file.MaxMonthlyPayFloorFen,
        }.Validated();
    }

    private sealed record WeightsFile(List<FactorEntry> Factors, int SameGroupPercent, double FullPointsWithinKm, double NoPointsBeyondKm, int CandidateLimit, long MaxMonthlyPayFloorFen);

    private sealed record FactorEntry(MatchFactor Factor, int Points);
}
