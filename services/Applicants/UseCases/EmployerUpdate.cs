using Employment.Applicants.Data;
using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>Changing an employer's details from the version the clerk read; audited with before and after, idempotent, the cache told.</summary>
internal sealed class EmployerUpdate(ApplicantsDbContext db, VisibleSubjects subjects, AuditTrail audit, IProfileChangeNotifier changes, ChinaClock clock)
{
    public async Task<Employer> UpdateAsync(WriteRequest write, string employerId, long expectedVersion, Employer input, IReadOnlyList<string> paths, string reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var scope = RegionScope.Of(write.Caller);
        var employer = await IdempotentWrite.RunAsync(db, clock.Now, "UpdateEmployer", write.Caller, write.IdempotencyKey, write.Message, Employer.Parser, async () =>
        {
            var record = await subjects.EmployerToChangeAsync(employerId, expectedVersion, scope, cancellationToken);
            var before = RecordMapping.ToProto(record);
            var now = clock.Now;
            var updated = EmployerChanges.Apply(record, before, input, paths, write.Actor, now, clock.Today);
            if (updated.Region?.Code != before.Region?.Code)
            {
                // As at registration: an employer moves only within the office's region (a move between offices is a transfer).
                scope.RequireCovers("employer.region", updated.Region?.Code);
            }

            record.Name = updated.Name;
            record.Payload = StoredContent.Of(updated);
            var after = RecordMapping.ToProto(record);
            if (after.LegalRepresentativeIdNumber != before.LegalRepresentativeIdNumber)
            {
                db.Held(SubjectTypes.Employer, record.Id, StaffRelationHistory.LegalRepresentative, after.LegalRepresentativeIdNumber, write.Actor, now);
            }

            audit.Record(now, SubjectTypes.Employer, record.Id, write.Actor, AuditAction.Updated, RecordMapping.Masked(before), RecordMapping.Masked(after), reason, record.Version);
            return after;
        }, cancellationToken);
        await changes.EmployerChangedAsync(employer.EmployerId, employer.Record.Version, cancellationToken);
        return employer;
    }
}
