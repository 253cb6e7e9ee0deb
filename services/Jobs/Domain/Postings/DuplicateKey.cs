using System.Security.Cryptography;
using System.Text;
using Employment.Jobs.Search;

namespace Employment.Jobs.Domain.Postings;

/// <summary>
/// "The same employer's same job": credit code, title, occupation code, county and address, each
/// normalised (full-width to half-width, lower case, only letters and digits kept), so that
/// "财务会计 " and "财务会计（急招）"… differ but "ＣＡＤ 制图员" and "cad制图员" do not. Hashed to a
/// fixed length for the unique index.
/// </summary>
public static class DuplicateKey
{
    public static string Of(PostingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parts = new[]
        {
            content.Employer.CreditCode.ToUpperInvariant(),
            Compact(content.Title),
            content.OccupationCode,
            content.WorkPlace.CountyCode,
            Compact(content.WorkPlace.Address),
        };
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
    }

    private static string Compact(string text) =>
        new([.. TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit)]);
}
