using Employment.Identity;

namespace Applicants.Tests;

/// <summary>Fictional 统一社会信用代码 with valid check characters (GB 11714 inside, GB 32100 outside).</summary>
internal static class CreditCodes
{
    private static int _sequence = 1000;

    public static string Valid()
    {
        var organisation8 = (Interlocked.Increment(ref _sequence) % 100_000_000).ToString("D8");
        var organisation = organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation8);
        var first17 = "91" + "410802" + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
