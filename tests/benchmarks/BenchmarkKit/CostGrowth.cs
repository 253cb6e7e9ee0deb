using System.Globalization;

namespace Employment.Benchmarks;

/// <summary>
/// How a benchmark's cost grows with its size, measured at two sizes in one run: the line every sized
/// benchmark prints, "cost growth: ×N size → ×M time, ×K memory". Time growing as size and memory staying
/// near ×1 is a job that streams; memory growing as size is one that holds the region.
/// </summary>
public static class CostGrowth
{
    public static string Line(double smallSize, double largeSize, double smallTime, double largeTime, double smallMemory, double largeMemory) =>
        string.Create(CultureInfo.InvariantCulture,
            $"cost growth: ×{largeSize / smallSize:0.#} size → ×{largeTime / smallTime:0.##} time, ×{largeMemory / smallMemory:0.##} memory");
}
