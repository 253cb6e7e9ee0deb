using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Employment.Applicants.Domain.Exchange;
using Employment.Applicants.V1;
using Grpc.Core;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>
/// An agency's file as it streams in: the chunks written into a pipe (which holds at most a few MiB, so a file of any
/// size takes the same memory), decoded strictly in the declared encoding, split by CsvHelper (RFC 4180 quoting), the
/// header row checked against the source's columns, then each data row with its line and a running digest of the rows
/// read so far (what a resumed batch is checked against).
/// </summary>
internal sealed class AgencyFile : IAsyncDisposable
{
    /// <summary>The largest chunk a sender may send (the transport's messages stay well under its 4 MiB limit).</summary>
    public const int MaxChunkBytes = 1 << 20;

    /// <summary>The longest row read: far above any agency's row, a guard against a file that is not one.</summary>
    private const int MaxRecordBytes = 64 * 1024;

    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: 4L * MaxChunkBytes, resumeWriterThreshold: 2L * MaxChunkBytes));
    private readonly CancellationTokenSource _stop;
    private readonly Task _fill;
    private readonly StreamReader _text;
    private readonly CsvReader _csv;
    private static readonly byte[] LineBreak = [(byte)'\n'];
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _malformed;

    public AgencyFile(BatchHeader header, IAsyncStreamReader<AgencyBatchChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _fill = FillAsync(chunks, _pipe.Writer, _stop.Token);
        _text = new StreamReader(_pipe.Reader.AsStream(), header.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        _csv = CsvReader.Create(_text, new CsvReaderOptions
        {
            HasHeader = true,
            Separator = header.Delimiter[0],
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A quote never closed must not make one record of the rest of a large file.
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = _ => _malformed = true,
        });
    }

    /// <summary>The digest of the rows read so far (hex).</summary>
    public string Digest => Convert.ToHexString(_digest.GetCurrentHash());

    /// <summary>The header row, checked: each of the format's columns by its index; INVALID_ARGUMENT naming what is missing.</summary>
    public async Task<Dictionary<string, int>> HeaderAsync(AgencyFormat format)
    {
        await Guarded(async () => { await _csv.ReadHeaderAsync(); return true; });
        var names = _csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (names.Count == 0)
        {
            throw DomainRuleException.Invalid("data", "文件是空的：第一行应为表头。");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            index.TryAdd(names[i], i);
        }

        var missing = format.Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count == 0)
        {
            return index;
        }

        // A file is what its header says, not its name: say so when it reads as another source's file.
        var looksLike = Enum.GetValues<AgencySource>().Where(s => s != AgencySource.Unspecified && s != format.Source)
            .Select(AgencyFormat.For).FirstOrDefault(f => f.Columns.All(index.ContainsKey));
        var hint = looksLike is null ? "请核对文件的编码和分隔符是否与声明的一致。" : $"这份文件的表头是{looksLike.FileZh}（{looksLike.AuthorityZh}）的，而不是{format.FileZh}。";
        throw DomainRuleException.Invalid("data", $"表头不是{format.FileZh}：缺少列 {string.Join("、", missing)}。{hint}");
    }

    /// <summary>The data rows, each with its line; a row with another number of fields than the header, or unbalanced quotes, is given as malformed.</summary>
    public async IAsyncEnumerable<FileRow> RowsAsync(Dictionary<string, int> columns, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var width = columns.Values.Max() + 1;
        while (await Guarded(() => _csv.ReadAsync(cancellationToken).AsTask()))
        {
            _digest.AppendData(_csv.RawRecord);
            _digest.AppendData(LineBreak);
            var line = _csv.LineNumber;
            var count = _csv.FieldCount;
            string? malformed = _malformed ? "本行的引号不成对，无法读取。"
                : count < width ? $"本行有 {count} 列，少于表头的列数。"
                : null;
            _malformed = false;
            yield return new FileRow(line, malformed, new CsvRow(line, columns, [.. Enumerable.Range(0, count).Select(_csv.GetString)]));
        }
    }

    /// <summary>A read, its failures said as the sender can act on them.</summary>
    private async Task<bool> Guarded(Func<Task<bool>> read)
    {
        try
        {
            return await read();
        }
        catch (DecoderFallbackException)
        {
            throw DomainRuleException.Invalid("data", $"第 {Line + 1} 行附近有无法按声明的编码解码的字节：文件的编码与声明的不一致（请声明 UTF-8 或 GBK 中实际使用的一种）。");
        }
        catch (CsvFormatException)
        {
            throw DomainRuleException.Invalid("data", $"第 {Line + 1} 行之后的内容无法按分隔文本读取（一行超过 {MaxRecordBytes / 1024} KiB，或引号未闭合）：这不是部门交换的文本文件。");
        }
    }

    private long Line => _csv.LineNumber;

    private static async Task FillAsync(IAsyncStreamReader<AgencyBatchChunk> chunks, PipeWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            while (await chunks.MoveNext(cancellationToken))
            {
                var chunk = chunks.Current;
                if (chunk.PartCase != AgencyBatchChunk.PartOneofCase.Data)
                {
                    throw DomainRuleException.Invalid("header", "批次说明（header）只能是第一条消息，之后应为文件内容（data）。");
                }

                if (chunk.Data.Length > MaxChunkBytes)
                {
                    throw DomainRuleException.Invalid("data", $"每条消息的文件内容至多 {MaxChunkBytes / 1024} KiB，请分段发送。");
                }

                var flushed = await writer.WriteAsync(chunk.Data.Memory, cancellationToken);
                if (flushed.IsCompleted)
                {
                    break;
                }
            }

            await writer.CompleteAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await writer.CompleteAsync(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        _text.Dispose();
        await _stop.CancelAsync();
        await _fill;
        _stop.Dispose();
        _digest.Dispose();
    }
}

/// <summary>A data row: its line, why it cannot be read at all (null when it can), and its cells.</summary>
internal sealed record FileRow(long Line, string? Malformed, CsvRow Cells);

/// <summary>A data row's cells by the header's column names (<see cref="IAgencyRow"/>).</summary>
internal sealed class CsvRow(long line, Dictionary<string, int> columns, string[] cells) : IAgencyRow
{
    public long Line => line;

    public string this[string column] => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";
}
