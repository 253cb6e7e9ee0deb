using System.Text;
using Employment.Web.Workbench.Pages.Pay;
using Xunit;

namespace Workbench.Tests;

/// <summary>
/// The bank's return file is read as what its bytes are (docs/payment-return-file.md): GBK or UTF-8 as declared, the
/// header checked, each bad line named by its row while the rest are read, anything not text refused whole.
/// </summary>
public sealed class ReturnFileTests
{
    private const string Header = "申请编号,金额,结果,银行流水号,失败原因,日期";

    static ReturnFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_GBK_file_declared_as_GBK_is_read_line_by_line_with_quoted_fields()
    {
        var text = $"{Header}\r\nT1,1500.00,成功,PAY1,,2026-12-04\r\nT2,\"1500.5\",失败,,\"户名与账号不符，请核对\",2026-12-04\r\n";

        var (lines, problems) = ReturnFile.Read(Encoding.GetEncoding("GBK").GetBytes(text), "gbk");

        Assert.Empty(problems);
        Assert.Equal([("T1", 150_000L, true), ("T2", 150_050L, false)], lines.Select(l => (l.Reference, l.AmountFen, l.Paid)));
        Assert.Equal("户名与账号不符，请核对", lines[1].ReasonZh);
        Assert.Equal(3, lines[1].Row);
    }

    [Fact]
    public void Bytes_that_are_not_text_in_the_declared_encoding_refuse_the_whole_file()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes($"{Header}\nT1,1500.00,成功,PAY1,,2026-12-04\n");

        var (lines, problems) = ReturnFile.Read(gbk, "utf-8");
        var (_, binary) = ReturnFile.Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "utf-8");

        Assert.Empty(lines);
        Assert.Contains("不是 UTF-8 编码的文本", Assert.Single(problems).Message, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(binary).Row);
    }

    [Fact]
    public void Each_bad_line_is_named_by_its_row_and_a_reference_given_twice_is_refused()
    {
        var text = $"{Header}\nT1,1500.001,成功,PAY1,,2026-12-04\nT2,1500.00,成功,,,2026-12-04\nT3,1500.00,失败,,账户冻结,2026/12/04\nT4,1500.00,成功,PAY4,,2026-12-04\nT4,1500.00,成功,PAY5,,2026-12-04\nT5,1500.00\n";

        var (lines, problems) = ReturnFile.Read(Encoding.UTF8.GetBytes(text), "utf-8");

        Assert.Equal(["T4"], lines.Select(l => l.Reference));
        Assert.Equal([2, 3, 4, 6, 7], problems.Select(p => p.Row));
        Assert.Contains("最多两位小数", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("银行流水号", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("年-月-日", problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("重复", problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("应有 6 列", problems[4].Message, StringComparison.Ordinal);
    }
}
