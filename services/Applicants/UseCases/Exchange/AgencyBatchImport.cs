using Employment.Applicants.Data;
using Employment.Applicants.Data.Exchange;
using Employment.Applicants.V1;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>
/// The exchange's import of one agency batch: the header checked, a batch completed before answered from its receipt
/// when the file is the same one (read, nothing imported; another file under its id refused), otherwise the file read row by row (<see cref="AgencyFile"/>) and committed a page of rows at a
/// time (<see cref="BatchPageWriter"/>) with the batch's counts, its last line and the digest of the rows so far, so that
/// a batch interrupted carries on after its last committed line when sent again and two imports of one batch never
/// both commit a page. Memory holds one page and the pipe's few MiB, whatever the file's size.
/// </summary>
internal sealed partial class AgencyBatchImport(ApplicantsDbContext db, BatchPageWriter pages, AgencyBatchReceipts receipts, ChinaClock clock, ILogger<AgencyBatchImport> logger)
{
    /// <summary>Rows per transaction: a technical bound (the subjects and their facts of one page are read in one query each).</summary>
    public const int RowsPerPage = 1000;

    public async Task<AgencyBatchReceipt> ImportAsync(Caller caller, IAsyncStreamReader<AgencyBatchChunk> chunks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(chunks);
        if (!await chunks.MoveNext(cancellationToken) || chunks.Current.PartCase != AgencyBatchChunk.PartOneofCase.Header)
        {
            throw DomainRuleException.Invalid("header", "导入的第一条消息应为批次说明（header）：来源部门、批次号、文件编码。");
        }

        var header = BatchHeader.Of(chunks.Current.Header);
        var source = (int)header.Format.Source;
        var batch = await db.AgencyBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Source == source && b.BatchId == header.BatchId, cancellationToken);
        if (batch is { Completed: true })
        {
            await SameFileAsync(header, chunks, batch, cancellationToken);
            Replayed(logger, header.Format.Source, header.BatchId);
            return await receipts.OfAsync(batch, replayed: true, cancellationToken);
        }

        await using var file = new AgencyFile(header, chunks, cancellationToken);
        var columns = await file.HeaderAsync(header.Format);
        batch ??= await StartAsync(header, caller, cancellationToken);
        var resumedAfter = batch.LinesDone;
        var sameAsBefore = resumedAfter <= 1;
        var page = new List<FileRow>(RowsPerPage);
        await foreach (var row in file.RowsAsync(columns, cancellationToken))
        {
            if (row.Line <= resumedAfter)
            {
                if (row.Line == resumedAfter)
                {
                    SameRowsAsBefore(batch, file.Digest);
                    sameAsBefore = true;
                }

                continue;
            }

            page.Add(row);
            if (page.Count == RowsPerPage)
            {
                await pages.CommitAsync(header, batch, page, file.Digest, caller.Subject, cancellationToken);
                page.Clear();
            }
        }

        if (!sameAsBefore)
        {
            throw DomainRuleException.NotAllowed($"批次 {header.BatchId} 此前已导入到第 {resumedAfter} 行，这次发送的文件没有那么多行：同一批次号只能用于同一份文件。");
        }

        await pages.CommitAsync(header, batch, page, file.Digest, caller.Subject, cancellationToken, complete: true);
        Completed(logger, header.Format.Source, header.BatchId, batch.Received, batch.Added, batch.Unchanged, batch.Superseded, batch.Rejected);
        return await receipts.OfAsync(batch, replayed: false, cancellationToken);
    }

    /// <summary>
    /// A completed batch sent again is answered from its receipt only when it is the same file: its rows read (not
    /// imported) hash as the batch's did to its last line, and it has no more. Another file under the batch's id is
    /// refused, so that its rows are never silently left unread.
    /// </summary>
    private static async Task SameFileAsync(BatchHeader header, IAsyncStreamReader<AgencyBatchChunk> chunks, AgencyBatchRecord batch, CancellationToken cancellationToken)
    {
        await using var file = new AgencyFile(header, chunks, cancellationToken);
        var columns = await file.HeaderAsync(header.Format);
        var reachedLastLine = batch.LinesDone <= 1;
        await foreach (var row in file.RowsAsync(columns, cancellationToken))
        {
            if (row.Line > batch.LinesDone)
            {
                throw DomainRuleException.NotAllowed($"批次 {batch.BatchId} 已于此前导入完毕（共 {batch.LinesDone} 行），这次发送的文件比那时多：同一批次号只能用于同一份文件，另一份文件请用新的批次号。");
            }

            if (row.Line == batch.LinesDone)
            {
                SameRowsAsBefore(batch, file.Digest);
                reachedLastLine = true;
            }
        }

        if (!reachedLastLine)
        {
            throw DomainRuleException.NotAllowed($"批次 {batch.BatchId} 已于此前导入完毕（共 {batch.LinesDone} 行），这次发送的文件没有那么多行：同一批次号只能用于同一份文件。");
        }
    }

    private async Task<AgencyBatchRecord> StartAsync(BatchHeader header, Caller caller, CancellationToken cancellationToken)
    {
        var batch = new AgencyBatchRecord
        {
            Source = (int)header.Format.Source,
            BatchId = header.BatchId,
            FileName = header.FileName,
            Encoding = header.EncodingName,
            LinesDone = 1,
            StartedBy = caller.Subject,
            StartedAt = clock.Now,
        };
        db.AgencyBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw BeingImported(header.BatchId);
        }

        db.ChangeTracker.Clear();
        return batch;
    }

    /// <summary>Another import of the same batch holds it: ABORTED, to be sent again once that one has stopped.</summary>
    public static DomainRuleException BeingImported(string batchId) =>
        new(DomainRuleKind.StaleVersion, $"批次 {batchId} 正在另一处导入：请等那一次结束后再发送（已导入的行不会重复导入）。");

    /// <summary>A resumed batch must be the file it began as: its rows up to the last committed line hash the same.</summary>
    private static void SameRowsAsBefore(AgencyBatchRecord batch, string digest)
    {
        if (!string.Equals(digest, batch.PrefixDigest, StringComparison.Ordinal))
        {
            throw DomainRuleException.NotAllowed($"批次 {batch.BatchId} 此前已导入到第 {batch.LinesDone} 行，这次发送的文件前 {batch.LinesDone} 行与那时的不同：同一批次号只能用于同一份文件，另一份文件请用新的批次号。");
        }
    }

    [LoggerMessage(EventId = 260, Level = LogLevel.Information, Message = "Agency batch {Source} {BatchId} sent again: answered from its receipt, nothing imported")]
    private static partial void Replayed(ILogger logger, AgencySource source, string batchId);

    [LoggerMessage(EventId = 261, Level = LogLevel.Information, Message = "Agency batch {Source} {BatchId} completed: {Received} rows, {Added} added, {Unchanged} unchanged, {Superseded} superseded, {Rejected} rejected")]
    private static partial void Completed(ILogger logger, AgencySource source, string batchId, long received, long added, long unchanged, long superseded, long rejected);
}
