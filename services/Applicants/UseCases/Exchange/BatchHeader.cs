using System.Text;
using Employment.Applicants.Domain.Exchange;
using Employment.Applicants.V1;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>An import's first message checked: the source's format, the batch's id, the declared encoding and separator.</summary>
internal sealed record BatchHeader(AgencyFormat Format, string BatchId, string EncodingName, Encoding Encoding, string Delimiter, string FileName)
{
    private const int BatchIdMaxLength = 64;

    static BatchHeader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What the batch's facts carry as their batch: the source and the batch's id.</summary>
    public string Label => $"{Format.AuthorityZh} {BatchId}";

    public static BatchHeader Of(AgencyBatchHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var format = AgencyFormat.For(header.Source);
        var id = header.BatchId.Trim();
        if (id.Length is 0 or > BatchIdMaxLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw DomainRuleException.Invalid("header.batch_id", $"批次号“{PlainText.Quote(id)}”无效：应为发送系统给这一批的编号（字母、数字、-、_、.，1至{BatchIdMaxLength}位）。");
        }

        var (name, encoding) = header.Encoding.Trim().ToUpperInvariant() switch
        {
            "UTF-8" or "UTF8" => ("UTF-8", (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
            "GBK" or "GB2312" or "CP936" => ("GBK", Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)),
            _ => throw DomainRuleException.Invalid("header.encoding", $"文件编码“{PlainText.Quote(header.Encoding)}”不受支持：请声明 UTF-8 或 GBK。"),
        };
        var delimiter = header.Delimiter switch
        {
            "" or "," => ",",
            "|" => "|",
            "\t" => "\t",
            _ => throw DomainRuleException.Invalid("header.delimiter", "分隔符应为逗号（,）、竖线（|）或制表符。"),
        };
        var fileName = PlainText.Check(header.FileName, "header.file_name", 200, "文件名", required: false);
        return new BatchHeader(format, id, name, encoding, delimiter, fileName);
    }
}
