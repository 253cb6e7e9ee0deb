using System.Globalization;
using System.Text;
using CsvHelper;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>One line of the paying bank's return file (回盘文件): which record, how much, paid or failed, the bank's reference or reason, when.</summary>
public sealed record ReturnLine(int Row, string Reference, long AmountFen, bool Paid, string BankReference, string ReasonZh, DateOnly On);

/// <summary>A line the file could not give, by its row in the file (the header is row 1), and why.</summary>
public sealed record ReturnProblem(int Row, string Message);

/// <summary>
/// The paying bank's return file as docs/payment-return-file.md describes it: delimited text with a header
/// (申请编号,金额,结果,银行流水号,失败原因,日期), UTF-8 or GBK as the clerk declares, at most <see cref="MaxBytes"/>.
/// The file is read as what its bytes are, never as what its name says: bytes that are not text in the declared
/// encoding, or a header that is not this one, refuse the whole file; a bad line is named by its row and the rest read.
/// </summary>
public static class ReturnFile
{
    public const int MaxBytes = 1024 * 1024;

    public static readonly string[] Header = ["申请编号", "金额", "结果", "银行流水号", "失败原因", "日期"];

    /// <summary>The encodings a bank's file comes in, as the upload form offers them.</summary>
    public static readonly (string Value, string Name)[] Encodings = [("utf-8", "UTF-8"), ("gbk", "GBK（GB 2312）")];

    static ReturnFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file's lines and problems; a refusal of the whole file is one problem of row 0.</summary>
    public static (IReadOnlyList<ReturnLine> Lines, IReadOnlyList<ReturnProblem> Problems) Read(ReadOnlySpan<byte> bytes, string encodingName)
    {
        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            return Refused($"回盘文件应为 1 字节至 {MaxBytes / 1024} KB 的文本文件。");
        }

        string text;
        try
        {
            text = Decoder(encodingName).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Refused($"文件内容不是 {Encodings.FirstOrDefault(e => e.Value == encodingName).Name ?? encodingName} 编码的文本，请核对银行回盘文件或选择正确的编码。");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'))
        {
            return Refused("文件含有控制字符，不是银行回盘的文本文件。");
        }

        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true });
        if (!csv.Headers.Select(h => h.Trim()).SequenceEqual(Header))
        {
            return Refused($"文件首行应为：{string.Join(",", Header)}。");
        }

        var lines = new List<ReturnLine>();
        var problems = new List<ReturnProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = (int)csv.LineNumber;
            if (csv.FieldCount != Header.Length)
            {
                problems.Add(new(row, $"应有 {Header.Length} 列，实有 {csv.FieldCount} 列。"));
                continue;
            }

            var problem = Line(row, [.. Enumerable.Range(0, Header.Length).Select(i => csv.GetString(i).Trim())], out var line);
            if (problem is null && !seen.Add(line!.Reference))
            {
                problem = $"申请编号 {line.Reference} 在文件中重复出现。";
            }

            if (problem is null)
            {
                lines.Add(line!);
            }
            else
            {
                problems.Add(new(row, problem));
            }
        }

        return (lines, problems);
    }

    private static string? Line(int row, string[] fields, out ReturnLine? line)
    {
        line = null;
        var (reference, amountText, result, bankReference, reason, dayText) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        if (reference.Length is 0 or > 40 || !reference.All(char.IsAsciiLetterOrDigit))
        {
            return "申请编号应为 1 至 40 位字母或数字。";
        }

        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan) || yuan <= 0 || decimal.Round(yuan, 2) != yuan || yuan > 100_000_000m)
        {
            return $"金额“{amountText}”应为以元为单位、最多两位小数的正数。";
        }

        if (result is not ("成功" or "失败"))
        {
            return $"结果应为“成功”或“失败”，不是“{result}”。";
        }

        var paid = result == "成功";
        if (paid ? bankReference.Length is 0 or > 60 : reason.Length is 0 or > 200)
        {
            return paid ? "发放成功的行应有银行流水号（至多 60 个字符）。" : "发放失败的行应写明失败原因（至多 200 个字）。";
        }

        if (!DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return $"日期“{dayText}”应写作 年-月-日，如 2026-12-04。";
        }

        line = new ReturnLine(row, reference, (long)(yuan * 100), paid, bankReference, reason, day);
        return null;
    }

    private static Encoding Decoder(string name) => name == "gbk"
        ? Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static (IReadOnlyList<ReturnLine>, IReadOnlyList<ReturnProblem>) Refused(string message) => ([], [new ReturnProblem(0, message)]);
}
