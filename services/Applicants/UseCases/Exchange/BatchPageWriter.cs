using Employment.Applicants.Data;
using Employment.Applicants.Data.Exchange;
using Employment.Applicants.Domain.Exchange;
using Employment.Applicants.Domain.Registry;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using AuditAction = Employment.Applicants.V1.AuditAction;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>
/// One page of an agency batch in one transaction: each row read by the source's format, matched to the registered
/// person or employer it names (the whole page's subjects in one query, and their facts of the file's kinds in another),
/// reconciled with the facts held under its key (<see cref="RowReconciliation"/>), and written with its audit entries,
/// any conflict for a clerk, the rejects, and the batch's counts, last line and digest. The batch's line is the
/// concurrency token: a second import of the same batch cannot commit the same page.
/// </summary>
internal sealed partial class BatchPageWriter(ApplicantsDbContext db, AuditTrail audit, IProfileChangeNotifier changes, ChinaClock clock, ILogger<BatchPageWriter> logger)
{
    public async Task CommitAsync(BatchHeader header, AgencyBatchRecord batch, IReadOnlyList<FileRow> rows, string digest, string actor,
        CancellationToken cancellationToken, bool complete = false)
    {
        var format = header.Format;
        var now = clock.Now;
        var read = rows.Select(r => Read(format, header, r, clock.Today)).ToList();
        var subjects = await SubjectsAsync(format.SubjectType, read.Where(r => r.Fact is not null).Select(r => r.Fact!.SubjectNumber).Distinct().ToList(), cancellationToken);
        var held = await HeldAsync(format, subjects.Values.Select(s => s.Subject.Id).ToList(), cancellationToken);
        db.AgencyBatches.Attach(batch);
        var stamped = new Dictionary<string, IRegistrySubject>(StringComparer.Ordinal);
        foreach (var row in read)
        {
            batch.Received++;
            if (Refusal(row, subjects, format) is { } refusal)
            {
                db.AgencyBatchRejects.Add(new AgencyBatchRejectRecord { Source = batch.Source, BatchId = batch.BatchId, Line = row.Line, Column = refusal.Column, Reason = refusal.Reason });
                batch.Rejected++;
                continue;
            }

            var fact = row.Fact!;
            var subject = subjects[fact.SubjectNumber].Subject;
            var key = (subject.Id, fact.Key);
            var (outcome, replaced) = RowReconciliation.Decide(held.TryGetValue(key, out var same) ? same : [], fact.Values);
            if (outcome == RowOutcome.Unchanged)
            {
                batch.Unchanged++;
                continue;
            }

            if (stamped.TryAdd(subject.Id, subject))
            {
                subject.StampChanged(actor, now);
            }

            var record = FactRecord.Of(format.SubjectType, subject.Id, new NewFact(fact.Entry, actor, now));
            (record.Origin, record.Batch) = ((int)FactOrigin.Agency, header.Label);
            db.Facts.Add(record);
            var after = ToProto(format, record);
            foreach (var old in replaced)
            {
                var before = ToProto(format, old.Fact);
                old.Fact.Superseded = true;
                old.Fact.Version++;
                var reason = outcome switch
                {
                    RowOutcome.Conflict => $"与{header.Label}第 {row.Line} 行不一致（原记录来源：{FactRank.NameZh(old.Rank)}），以部门数据为准，待窗口核对。",
                    RowOutcome.Confirmed => $"{header.Label}第 {row.Line} 行确认了此记录（原记录来源：{FactRank.NameZh(old.Rank)}）。",
                    _ => $"{header.Label}第 {row.Line} 行更新了此记录。",
                };
                audit.RecordUnlogged(now, format.SubjectType, subject.Id, actor, AuditAction.FactCorrected, before, after, reason, subject.Version, old.Fact.Id);
                if (outcome == RowOutcome.Conflict)
                {
                    db.FactConflicts.Add(new FactConflictRecord
                    {
                        Id = RecordIds.New("C"),
                        SubjectType = format.SubjectType,
                        SubjectId = subject.Id,
                        Kind = record.Kind,
                        AgencyFactId = record.Id,
                        ReplacedFactId = old.Fact.Id,
                        ReplacedRank = old.Rank,
                        Source = batch.Source,
                        BatchId = batch.BatchId,
                        Line = row.Line,
                        OpenedAt = now,
                    });
                }
            }

            if (replaced.Count == 0)
            {
                audit.RecordUnlogged(now, format.SubjectType, subject.Id, actor, AuditAction.FactAdded, null, after, $"{header.Label}第 {row.Line} 行", subject.Version, record.Id);
                batch.Added++;
            }
            else if (outcome == RowOutcome.Confirmed)
            {
                batch.Confirmed++;
            }
            else
            {
                batch.Superseded++;
                batch.Conflicts += outcome == RowOutcome.Conflict ? 1 : 0;
            }

            held[key] = [new HeldFact<FactRecord>(record, fact.Values, FactRank.AgencyRecord)];
        }

        if (rows.Count > 0)
        {
            (batch.LinesDone, batch.PrefixDigest) = (rows[^1].Line, digest);
        }

        (batch.Completed, batch.CompletedAt) = (complete, complete ? now : null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another import of this batch committed first, or a clerk changed one of the page's subjects meanwhile:
            // nothing of this page is kept, and sending the batch again carries on after the last committed line.
            throw AgencyBatchImport.BeingImported(batch.BatchId);
        }

        db.ChangeTracker.Clear();
        PageWritten(logger, header.Format.Source, batch.BatchId, batch.LinesDone, stamped.Count);
        foreach (var subject in stamped.Values)
        {
            await Changed(format, subject, cancellationToken);
        }
    }

    private static PageRow Read(AgencyFormat format, BatchHeader header, FileRow row, DateOnly today)
    {
        if (row.Malformed is { } malformed)
        {
            return new PageRow(row.Line, null, "", malformed);
        }

        try
        {
            return new PageRow(row.Line, format.Read(row.Cells, $"批次 {header.BatchId} 第 {row.Line} 行", today), "", "");
        }
        catch (DomainRuleException e)
        {
            // A column's own check names the column; the registry's checks of the whole fact name a contract field.
            var column = e.Field is { } field && format.Columns.Contains(field) ? field : "";
            return new PageRow(row.Line, null, column, e.Message);
        }
    }

    /// <summary>Why a row read well still cannot be imported: nobody registered under its number, or another name.</summary>
    private static (string Column, string Reason)? Refusal(PageRow row, Dictionary<string, PageSubject> subjects, AgencyFormat format)
    {
        if (row.Fact is not { } fact)
        {
            return (row.Column, row.Reason);
        }

        var (numberColumn, nameColumn) = format.SubjectColumns;
        if (!subjects.TryGetValue(fact.SubjectNumber, out var subject))
        {
            return format.SubjectType == SubjectTypes.Person
                ? (numberColumn, $"登记系统中没有证件号码为 {IdMasking.IdNumber(fact.SubjectNumber)} 的人员：请先在窗口登记，再在下一批次中发送这一行。")
                : (numberColumn, $"登记系统中没有统一社会信用代码为 {IdMasking.CreditCode(fact.SubjectNumber)} 的单位：请先在窗口登记，再在下一批次中发送这一行。");
        }

        // A person's name must be the registered one (a wrong number is caught here); a business may have been renamed.
        return format.SubjectType == SubjectTypes.Person && !string.Equals(subject.Name, fact.SubjectName, StringComparison.Ordinal)
            ? (nameColumn, $"姓名“{NameMasking.Mask(fact.SubjectName)}”与登记系统中此证件号码的姓名不一致，请核对证件号码和姓名。")
            : null;
    }

    private async Task<Dictionary<string, PageSubject>> SubjectsAsync(string subjectType, List<string> numbers, CancellationToken cancellationToken)
    {
        if (subjectType == SubjectTypes.Person)
        {
            var people = await db.People.Where(p => numbers.Contains(p.IdNumber)).ToListAsync(cancellationToken);
            return people.ToDictionary(p => p.IdNumber, p => new PageSubject(p, p.Name), StringComparer.Ordinal);
        }

        var employers = await db.Employers.Where(e => numbers.Contains(e.CreditCode)).ToListAsync(cancellationToken);
        return employers.ToDictionary(e => e.CreditCode, e => new PageSubject(e, e.Name), StringComparer.Ordinal);
    }

    /// <summary>The current facts of the file's kinds held about the page's subjects, by subject and key.</summary>
    private async Task<Dictionary<(string, string), List<HeldFact<FactRecord>>>> HeldAsync(AgencyFormat format, List<string> subjectIds, CancellationToken cancellationToken)
    {
        var kinds = format.Kinds.ToList();
        var facts = await db.Facts
            .Where(f => f.SubjectType == format.SubjectType && subjectIds.Contains(f.SubjectId) && kinds.Contains(f.Kind) && !f.Superseded)
            .ToListAsync(cancellationToken);
        var held = new Dictionary<(string, string), List<HeldFact<FactRecord>>>();
        foreach (var fact in facts)
        {
            var (key, values, authority, evidence) = format.Describe(fact.Payload);
            var entry = new HeldFact<FactRecord>(fact, values, FactRank.Of((FactOrigin)fact.Origin, authority, evidence));
            if (held.TryGetValue((fact.SubjectId, key), out var list))
            {
                list.Add(entry);
            }
            else
            {
                held[(fact.SubjectId, key)] = [entry];
            }
        }

        return held;
    }

    private static IMessage ToProto(AgencyFormat format, FactRecord record) =>
        format.SubjectType == SubjectTypes.Person ? RecordMapping.ToPersonFactProto(record) : RecordMapping.ToEmployerFactProto(record);

    private Task Changed(AgencyFormat format, IRegistrySubject subject, CancellationToken cancellationToken) =>
        format.SubjectType == SubjectTypes.Person
            ? changes.PersonChangedAsync(subject.Id, subject.Version, cancellationToken)
            : changes.EmployerChangedAsync(subject.Id, subject.Version, cancellationToken);

    [LoggerMessage(EventId = 262, Level = LogLevel.Information, Message = "Agency batch {Source} {BatchId}: committed to line {Line}, {Subjects} subjects changed")]
    private static partial void PageWritten(ILogger logger, Employment.Applicants.V1.AgencySource source, string batchId, long line, int subjects);

    private sealed record PageRow(long Line, AgencyFact? Fact, string Column, string Reason);

    private sealed record PageSubject(IRegistrySubject Subject, string Name);
}
