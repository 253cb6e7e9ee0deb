using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;

namespace Employment.Applicants.UseCases;

/// <summary>
/// Adding, correcting and withdrawing a dated fact, for a person and an employer alike (the subject
/// kind is the one parameter): the subject is loaded as the caller may see it, <see cref="FactRegister"/>
/// decides, and the change, its audit entry and the answer are saved in one transaction, idempotent
/// on the caller's key. The shared profile cache is told after the commit.
/// </summary>
internal sealed class FactRecording(
    ApplicantsDbContext db,
    VisibleSubjects subjects,
    AuditTrail audit,
    IProfileChangeNotifier changes,
    ChinaClock clock)
{
    public async Task<TFact> AddAsync<TFact>(FactSubjectKind<TFact> kind, WriteRequest write, string subjectId, FactEntry entry, CancellationToken cancellationToken)
        where TFact : IMessage<TFact>
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(write);
        var scope = RegionScope.Of(write.Caller);
        long version = 0;
        var added = await IdempotentWrite.RunAsync(db, clock.Now, kind.AddOperation, write.Caller, write.IdempotencyKey, write.Message, kind.Parser, async () =>
        {
            var subject = await kind.ToChangeAsync(subjects, subjectId, scope, cancellationToken);
            var now = clock.Now;
            var record = Store(kind.SubjectType, subject, new FactRegister(subject).Add(entry, write.Actor, now));
            version = subject.Version;
            var proto = kind.ToProto(record);
            audit.Record(now, kind.SubjectType, subject.Id, write.Actor, AuditAction.FactAdded, null, proto, "", subject.Version, record.Id);
            return proto;
        }, cancellationToken);
        await kind.ChangedAsync(changes, subjectId, version, cancellationToken);
        return added;
    }

    /// <param name="corrected">The corrected fact; null to withdraw the fact.</param>
    public async Task<TFact> CorrectAsync<TFact>(FactSubjectKind<TFact> kind, WriteRequest write, string subjectId, string factId, long expectedVersion,
        FactEntry? corrected, string reason, CancellationToken cancellationToken)
        where TFact : IMessage<TFact>
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(write);
        var scope = RegionScope.Of(write.Caller);
        long version = 0;
        var result = await IdempotentWrite.RunAsync(db, clock.Now, kind.CorrectOperation, write.Caller, write.IdempotencyKey, write.Message, kind.Parser, async () =>
        {
            var subject = await kind.ToChangeAsync(subjects, subjectId, scope, cancellationToken);
            var old = await db.FactToChangeAsync(kind.SubjectType, subject.Id, factId, cancellationToken)
                ?? throw DomainRuleException.NotFound("事实记录", factId);
            var before = kind.ToProto(old);
            var register = new FactRegister(subject);
            var now = clock.Now;
            if (corrected is null)
            {
                register.Withdraw(old, expectedVersion, write.Actor, now);
                version = subject.Version;
                var withdrawn = kind.ToProto(old);
                audit.Record(now, kind.SubjectType, subject.Id, write.Actor, AuditAction.FactWithdrawn, before, withdrawn, reason, subject.Version, old.Id);
                return withdrawn;
            }

            var record = Store(kind.SubjectType, subject, register.Correct(old, expectedVersion, corrected, write.Actor, now));
            version = subject.Version;
            var after = kind.ToProto(record);
            audit.Record(now, kind.SubjectType, subject.Id, write.Actor, AuditAction.FactCorrected, before, after, reason, subject.Version, old.Id);
            return after;
        }, cancellationToken);
        await kind.ChangedAsync(changes, subjectId, version, cancellationToken);
        return result;
    }

    private FactRecord Store(string subjectType, IRegistrySubject subject, NewFact fact)
    {
        var record = FactRecord.Of(subjectType, subject.Id, fact);
        db.Facts.Add(record);
        return record;
    }
}
