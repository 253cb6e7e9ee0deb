using System.Globalization;

namespace Employment.Policy.Model;

/// <summary>How amounts and dates read in explanations and messages for counter clerks: 200000.00元, 2023-12-31.</summary>
public static class ClerkText
{
    public static string Yuan(long fen) => Yuan((decimal)fen);

    public static string Yuan(decimal fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "元";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
