using Employment.TestInfrastructure;

namespace Applicants.Tests;

/// <summary>Fictional 统一社会信用代码 with valid check characters (GB 11714 inside, GB 32100 outside).</summary>
internal static class CreditCodes
{
    private static int _sequence = 1000;

    /// <param name="division">Where the code was issued (its characters 3–8): 解放区 unless said.</param>
    public static string Valid(string division = "410802") => TestCreditCodes.Of("91" + division, Interlocked.Increment(ref _sequence));
}
