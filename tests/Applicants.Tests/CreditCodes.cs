using Employment.TestInfrastructure;

namespace Applicants.Tests;

/// <summary>Fictional 统一社会信用代码 with valid check characters (GB 11714 inside, GB 32100 outside).</summary>
internal static class CreditCodes
{
    private static int _sequence = 1000;

    public static string Valid() => TestCreditCodes.Of("91410802", Interlocked.Increment(ref _sequence));
}
