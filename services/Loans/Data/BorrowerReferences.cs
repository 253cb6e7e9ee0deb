using Employment.IdentityNumbers;
using System.Text;

namespace Employment.Loans.Data;

/// <summary>
/// How rows refer to a borrower without storing the whole identity number or credit code again.
/// Rows keep the masked form (shown to people) and a keyed hash (<see cref="BorrowerHasher"/>);
/// lookups compare hashes only, so the number is never read back from these rows.
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

    /// <summary>As people are shown it: id numbers keep the first 6 and last 4, credit codes the first 8 and last 4.</summary>
    public static string Mask(BorrowerKeyKind kind, string number)
    {
        var normalised = Normalise(number);
        return kind == BorrowerKeyKind.IdNumber ? IdMasking.IdNumber(normalised) : IdMasking.CreditCode(normalised);
    }
}
