using System.Diagnostics;
using System.Text;
using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;

// Resolution speed on one thread, against a baseline measured in the same run: a plain dictionary
// lookup of a precomputed value (what resolution would cost with no dates, regions or citations).
// The catalog is synthetic and shaped like the real one: keys with several periods in several
// regions, asked for a district (so the region chain is walked) on dates across the periods.
const int KeyCount = 200;
var iterations = args.Length > 0 ? int.Parse(args[0]) : 5_000_000;
var root = WriteCatalog(KeyCount);
try
{
    var catalog = CatalogLoader.Load(root);
    var keys = Enumerable.Range(0, KeyCount).Select(i => $"loans.bench.key_{i:D3}").ToArray();
    var regions = new[] { Region.Parse("410802"), Region.Jiaozuo, Region.Jiyuan, Region.Henan };
    var dates = new[] { new DateOnly(2022, 6, 1), new DateOnly(2023, 12, 31), new DateOnly(2024, 1, 1), new DateOnly(2026, 5, 5) };
    var baseline = keys.ToDictionary(k => k, k => 1L, StringComparer.Ordinal);

    long Resolve(int n)
    {
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            if (catalog.TryResolve(keys[i % KeyCount], regions[i & 3], dates[(i >> 2) & 3], out var value))
            {
                sum += value.Value.Fen;
            }
        }

        return sum;
    }

    long Lookup(int n)
    {
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += baseline[keys[i % KeyCount]];
        }

        return sum;
    }

    Resolve(iterations / 10);
    Lookup(iterations / 10);
    var resolvePerSecond = Measure(Resolve, iterations);
    var lookupPerSecond = Measure(Lookup, iterations);
    Console.WriteLine($"policy resolution (district, region chain, dated): {resolvePerSecond,14:N0} /s  ({1e9 / resolvePerSecond:F0} ns each)");
    Console.WriteLine($"baseline: dictionary lookup of a key:              {lookupPerSecond,14:N0} /s  ({1e9 / lookupPerSecond:F0} ns each)");
    Console.WriteLine($"ratio resolution / baseline: {resolvePerSecond / lookupPerSecond:F2}   (target: resolution >= 1,000,000 /s on one core)");
}
finally
{
    Directory.Delete(root, recursive: true);
}

static double Measure(Func<int, long> run, int iterations)
{
    var best = 0.0;
    for (var round = 0; round < 3; round++)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(run(iterations));
        best = Math.Max(best, iterations / watch.Elapsed.TotalSeconds);
    }

    return best;
}

static string WriteCatalog(int keyCount)
{
    var root = Path.Combine(Path.GetTempPath(), "policy-bench-" + Guid.NewGuid().ToString("N"));
    var folder = Path.Combine(root, "documents", "bench");
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "document.yaml"), """
        document:
          id: bench
          number: 基准测试（虚构）
          title: 基准测试
          issuing_body: 无
          date: 2022-01-01
          region: "410800"
          seed: none
        """);
    var yaml = new StringBuilder("measures:\n  - id: m\n    domain: loans\n    title: 基准\n    clause: （一）\n    parameters:\n");
    for (var k = 0; k < keyCount; k++)
    {
        foreach (var (region, periods) in new[] { ("410000", new[] { ("2022-01-01", "") }), ("410800", new[] { ("2023-01-01", "2023-12-31"), ("2024-01-01", "2028-09-30") }) })
        {
            foreach (var (from, until) in periods)
            {
                yaml.Append($"      - key: loans.bench.key_{k:D3}\n        value: {k + 1}\n        unit: fen\n        region: \"{region}\"\n        from: {from}\n");
                if (until.Length > 0)
                {
                    yaml.Append($"        until: {until}\n");
                }
            }
        }
    }

    File.WriteAllText(Path.Combine(folder, "loans.yaml"), yaml.ToString());
    return root;
}
