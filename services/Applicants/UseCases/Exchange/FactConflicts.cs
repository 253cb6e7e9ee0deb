using Employment.Applicants.Data;
using Employment.Applicants.Data.Exchange;
using Employment.Applicants.Domain.Exchange;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases.Exchange;

/// <summary>
/// 来源不一致 at the counter: the agency records of one person or employer that replaced a lower-ranked source's fact,
/// shown to a clerk of the subject's region (anyone else NOT_FOUND, as every counter read), and settled by the clerk
/// with what they found, once, in the subject's audit trail.
/// </summary>
internal sealed class FactConflicts(ApplicantsDbContext db, VisibleSubjects subjects, AuditTrail audit, ChinaClock clock)
{
    private const string Operation = "SettleFactConflict";

    public async Task<ListFactConflictsResponse> ListAsync(Caller caller, ListFactConflictsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (type, subject) = await SubjectAsync(caller, request.PersonId, request.EmployerId, cancellationToken);
        var rows = await db.FactConflicts.AsNoTracking()
            .Where(c => c.SubjectType == type && c.SubjectId == subject.Id && (request.IncludeSettled || c.SettledAt == null))
            .ToListAsync(cancellationToken);
        var ids = rows.SelectMany(c => new[] { c.AgencyFactId, c.ReplacedFactId }).ToList();
        var facts = await db.Facts.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var answer = new ListFactConflictsResponse();
        foreach (var row in rows.OrderBy(c => c.SettledAt is not null).ThenByDescending(c => c.OpenedAt))
        {
            var conflict = ToProto(row);
            if (type == SubjectTypes.Person)
            {
                conflict.AgencyPersonFact = facts.TryGetValue(row.AgencyFactId, out var agency) ? RecordMapping.ToPersonFactProto(agency) : null;
                conflict.ReplacedPersonFact = facts.TryGetValue(row.ReplacedFactId, out var replaced) ? RecordMapping.ToPersonFactProto(replaced) : null;
            }
            else
            {
                conflict.AgencyEmployerFact = facts.TryGetValue(row.AgencyFactId, out var agency) ? RecordMapping.ToEmployerFactProto(agency) : null;
                conflict.ReplacedEmployerFact = facts.TryGetValue(row.ReplacedFactId, out var replaced) ? RecordMapping.ToEmployerFactProto(replaced) : null;
            }

            answer.Conflicts.Add(conflict);
        }

        return answer;
    }

    public async Task<FactConflict> SettleAsync(WriteRequest write, SettleFactConflictRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        var note = PlainText.Check(request.NoteZh, "note_zh", PlainText.ReasonMaxLength, "核对情况");
        return await IdempotentWrite.RunAsync(db, clock.Now, Operation, write.Caller, write.IdempotencyKey, write.Message, FactConflict.Parser, async () =>
        {
            var (type, subject) = await SubjectAsync(write.Caller, request.PersonId, request.EmployerId, cancellationToken);
            var conflict = await db.FactConflicts.SingleOrDefaultAsync(c => c.Id == request.ConflictId && c.SubjectType == type && c.SubjectId == subject.Id, cancellationToken)
                ?? throw DomainRuleException.NotFound("来源不一致记录", request.ConflictId);
            if (conflict.SettledAt is not null)
            {
                throw DomainRuleException.NotAllowed($"这条来源不一致已由 {conflict.SettledBy} 于 {ChinaClock.DateOf(conflict.SettledAt.Value):yyyy-MM-dd} 核对。");
            }

            var now = clock.Now;
            (conflict.SettledAt, conflict.SettledBy, conflict.SettledNote) = (now, write.Actor, note);
            var settled = ToProto(conflict);
            audit.Record(now, type, subject.Id, write.Actor, AuditAction.ConflictSettled, null, settled, note, subject.Version, conflict.AgencyFactId);
            return settled;
        }, cancellationToken);
    }

    private async Task<(string Type, IRegistrySubject Subject)> SubjectAsync(Caller caller, string personId, string employerId, CancellationToken cancellationToken)
    {
        var scope = RegionScope.Of(caller);
        return (personId.Length > 0, employerId.Length > 0) switch
        {
            (true, false) => (SubjectTypes.Person, await subjects.PersonAsync(new PersonKey { PersonId = personId }, scope, cancellationToken)),
            (false, true) => (SubjectTypes.Employer, await subjects.EmployerAsync(new EmployerKey { EmployerId = employerId }, scope, cancellationToken)),
            _ => throw DomainRuleException.Invalid("person_id", "请指明人员（person_id）或用人单位（employer_id）之一。"),
        };
    }

    private static FactConflict ToProto(FactConflictRecord record) => new()
    {
        ConflictId = record.Id,
        PersonId = record.SubjectType == SubjectTypes.Person ? record.SubjectId : "",
        EmployerId = record.SubjectType == SubjectTypes.Employer ? record.SubjectId : "",
        AgencyFactId = record.AgencyFactId,
        ReplacedFactId = record.ReplacedFactId,
        ReplacedSourceZh = FactRank.NameZh(record.ReplacedRank),
        Batch = $"{AgencyFormat.For((AgencySource)record.Source).AuthorityZh} {record.BatchId}",
        Line = record.Line,
        OpenedAt = Timestamp.FromDateTimeOffset(record.OpenedAt),
        SettledAt = record.SettledAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        SettledBy = record.SettledBy,
        SettledNoteZh = record.SettledNote,
    };
}
