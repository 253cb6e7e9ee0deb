using System.Text;
using Employment.Applicants.V1;
using Employment.IdentityNumbers;
using Google.Protobuf;

namespace Employment.Benchmarks.AgencyImport;

/// <summary>
/// A 社保 contribution file written as it is sent, never held whole: the header, then one payment period a row — every
/// person's of one year and scheme, then every person's of the next — each person with an employer of a thousand, cut
/// into chunks of the exchange's size.
/// </summary>
internal static class ContributionFile
{
    public const string Header = "证件号码,姓名,单位统一社会信用代码,险种,参保身份,开始年月,终止年月,实缴月数,月缴费额,单位月缴费额,按时足额,参保地";

    private const int ChunkBytes = 256 * 1024;
    private static readonly string[] Schemes = ["110", "210", "310", "410"];

    public static string IdNumber(int person)
    {
        var first17 = $"410802{new DateOnly(1960, 1, 1).AddDays(person / 1000):yyyyMMdd}{person % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public static string Name(int person) => $"参保人{person}";

    /// <summary>Row <paramref name="row"/>: person row % people, the year <paramref name="firstYear"/> + row / people and a scheme with it.</summary>
    private static string Row(int row, int people, string[] employers, int firstYear)
    {
        var (person, round) = (row % people, row / people);
        var year = firstYear + round;
        var scheme = Schemes[round % Schemes.Length];
        var employer = employers[person % employers.Length];
        return $"{IdNumber(person)},{Name(person)},{employer},{scheme},单位职工,{year}01,{year}12,12,{1000 + (row % 7)}.00,{600 + (row % 5)}.00,是,";
    }

    /// <summary>The file's chunks, as the exchange's client sends them.</summary>
    public static IEnumerable<AgencyBatchChunk> Chunks(AgencyBatchHeader header, int rows, int people, string[] employers, int firstYear)
    {
        yield return new AgencyBatchChunk { Header = header };
        var text = new StringBuilder(ChunkBytes + 256).Append(Header).Append("\r\n");
        for (var row = 0; row < rows; row++)
        {
            text.Append(Row(row, people, employers, firstYear)).Append("\r\n");
            if (text.Length * 3 >= ChunkBytes)
            {
                yield return new AgencyBatchChunk { Data = ByteString.CopyFrom(Encoding.UTF8.GetBytes(text.ToString())) };
                text.Clear();
            }
        }

        yield return new AgencyBatchChunk { Data = ByteString.CopyFrom(Encoding.UTF8.GetBytes(text.ToString())) };
    }
}
