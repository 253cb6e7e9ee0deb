using Employment.IdentityNumbers;

namespace Employment.TestInfrastructure;

/// <summary>Fictional 统一社会信用代码 with valid check characters (GB 11714 inside, GB 32100 outside).</summary>
public static class TestCreditCodes
{
    /// <param name="prefix">The registration authority, the kind of entity and the division, e.g. "91410802" (an enterprise of 解放区) or "92410802" (an individual business).</param>
    /// <param name="organisation">A number below 100,000,000: the 8-digit organisation code before its check character.</param>
    public static string Of(string prefix, long organisation)
    {
        var organisation8 = (organisation % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = prefix + organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation8);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
