using System.Security.Cryptography;
using System.Text;

namespace Employment.Figures.Domain;

/// <summary>One paid item a sample may draw: its key, measure and value.</summary>
public sealed record SampleCandidate(string Service, string Reference, int ItemNo, string Measure, long AmountFen)
{
    public string Key => $"{Service}/{Reference}/{ItemNo}";
}

/// <summary>One measure's share of a sample: what it paid, what was drawn, and the drawn items.</summary>
public sealed record SampleStratum(string Measure, int Items, long PaidFen, IReadOnlyList<SampleCandidate> Drawn)
{
    public long DrawnFen => Drawn.Sum(d => d.AmountFen);
}

/// <summary>
/// 焦政办〔2024〕15号（十九）: 各县（市、区）监督核查比重不低于上年度本地资金支出总额的10%. A county's checks are drawn from
/// what it paid the year before, by value: stratified by measure (each measure's drawn value reaches the share of what
/// it paid, so no measure escapes the checks and the whole reaches the share too), and within a measure in an order
/// the seed fixes (SHA-256 of the seed and the item's key), so that the same seed over the same records draws the same
/// sample and anyone holding the seed can draw it again. The share is the catalog's.
/// </summary>
public static class AuditSampling
{
    public static IReadOnlyList<SampleStratum> Draw(IEnumerable<SampleCandidate> paid, decimal sharePercent, long seed)
    {
        ArgumentNullException.ThrowIfNull(paid);
        if (sharePercent is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(sharePercent), sharePercent, "a share of spending is more than 0 and at most 100 percent");
        }

        return paid.GroupBy(p => p.Measure, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Stratum(g.Key, [.. g], sharePercent, seed))
            .ToList();
    }

    private static SampleStratum Stratum(string measure, List<SampleCandidate> items, decimal sharePercent, long seed)
    {
        var total = items.Sum(i => i.AmountFen);
        // The value to reach, rounded up to the fen: 10 % of 1,005 fen is 101 fen, never 100.
        var needed = (long)Math.Ceiling(total * sharePercent / 100m);
        var drawn = new List<SampleCandidate>();
        var value = 0L;
        foreach (var item in items.OrderBy(i => Rank(seed, i.Key), StringComparer.Ordinal).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            if (value >= needed && drawn.Count > 0)
            {
                break;
            }

            drawn.Add(item);
            value += item.AmountFen;
        }

        return new SampleStratum(measure, items.Count, total, drawn);
    }

    /// <summary>The item's place in the seed's order: hex of SHA-256 over the seed and the key.</summary>
    public static string Rank(long seed, string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{seed}:{key}"))));
}
