using System.Security.Cryptography;
using System.Text;

namespace Employment.Loans.Data;

/// <summary>
/// How rows refer to a borrower without storing the whole identity number or credit code again.
/// <para>
/// <see cref="Hash"/> is SHA-256 over "kind:NORMALISED" (hex). Without a key it is NOT a keyed hash:
/// identity numbers have little entropy (region, birth date, 4 characters), so anyone with the
/// database can find a number by trying candidates. Pass a secret <c>key</c> (HMAC-SHA-256) once the
/// service has a secret store; the same key must then be used for every lookup, and rows hashed
/// without it would need rehashing. Lookups compare hashes only, so either way the number is never
/// read back from these rows.
/// </para>
/// </summary>
public static class BorrowerReferences
{
    /// <summary>Trimmed, inner spaces removed, upper case (a lower-case "x" check digit is the same number).</summary>
    public static string Normalise(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(char.ToUpperInvariant(c));
            }
        }

        return text.ToString();
    }

    public static string Hash(BorrowerKeyKind kind, string number, byte[]? key = null)
    {
        var input = Encoding.UTF8.GetBytes($"{(int)kind}:{Normalise(number)}");
        var digest = key is null ? SHA256.HashData(input) : HMACSHA256.HashData(key, input);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>As people are shown it: id numbers keep the first 6 and last 4, credit codes the first 8 and last 4.</summary>
    public static string Mask(BorrowerKeyKind kind, string number)
    {
        var n = Normalise(number);
        if (n.Length != 18)
        {
            return "****";
        }

        return kind == BorrowerKeyKind.IdNumber
            ? string.Concat(n.AsSpan(0, 6), "********", n.AsSpan(14, 4))
            : string.Concat(n.AsSpan(0, 8), "******", n.AsSpan(14, 4));
    }
}
