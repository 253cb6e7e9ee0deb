namespace Employment.Benchmarks;

/// <summary>The median of several rounds with their min and max.</summary>
public readonly record struct Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Spread(double.NaN, double.NaN, double.NaN);
        }

        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    public string Format(string format) => $"{Median.ToString(format)} ({Min.ToString(format)}–{Max.ToString(format)})";
}
