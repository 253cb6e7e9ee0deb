using System.Globalization;

namespace Employment.Policy.Model;

/// <summary>How amounts and dates read in explanations and messages for counter clerks: 200000.00元, 2023-12-31.</summary>
public static class ClerkText
{
    public static string Yuan(long fen) => Yuan((decimal)fen);

    public static string Yuan(decimal fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "元";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A clerk's reason as a clause a sentence goes on from: without its own closing stop (审核不通过：……。 not 。。).</summary>
    public static string Clause(string reason) => (reason ?? "").Trim().TrimEnd('。', '；', '，', '.', ';', ',').TrimEnd();
}
