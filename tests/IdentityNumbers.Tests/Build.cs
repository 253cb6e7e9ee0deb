namespace Employment.IdentityNumbers.Tests;

/// <summary>
/// Builds valid numbers for the tables. The check characters are computed here, independently of the
/// library, straight from the standards' definitions.
/// </summary>
internal static class Build
{
    /// <summary>GB 11643 / ISO 7064 MOD 11-2: weight of position i (1-based from the right, check = 1) is 2^(i-1) mod 11.</summary>
    public static string ResidentId(string region, string birth, string sequence)
    {
        var body = region + birth + sequence;
        Assert.Equal(17, body.Length);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = 1;
            for (var k = 0; k < 17 - i; k++)
            {
                weight = weight * 2 % 11;
            }

            sum += (body[i] - '0') * weight;
        }

        // Solve sum + check ≡ 1 (mod 11) for check in 0..10; 10 is written X.
        var check = ((1 - sum) % 11 + 11) % 11;
        return body + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public const string UsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>
    /// GB 32100: authority + type + 6-digit region + 8-character organisation code body; appends the
    /// GB 11714 organisation check and then the MOD 31 check (weights 3^i mod 31).
    /// </summary>
    public static string CreditCode(string authorityAndType, string region, string organizationBody)
    {
        var org = organizationBody + OrganizationCheck(organizationBody);
        var body = authorityAndType + region + org;
        Assert.Equal(17, body.Length);
        var sum = 0;
        var weight = 1;
        foreach (var c in body)
        {
            var v = UsccCharset.IndexOf(c);
            Assert.True(v >= 0, $"'{c}' is not a credit code character");
            sum += v * weight;
            weight = weight * 3 % 31;
        }

        var check = (31 - sum % 31) % 31;
        return body + UsccCharset[check];
    }

    public static char OrganizationCheck(string body8)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }

        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
