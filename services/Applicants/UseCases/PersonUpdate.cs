using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>Changing a person's details from the version the clerk read; audited with before and after, idempotent, the cache told.</summary>
internal sealed class PersonUpdate(ApplicantsDbContext db, VisibleSubjects subjects, AuditTrail audit, IProfileChangeNotifier changes, ChinaClock clock)
{
    public async Task<Person> UpdateAsync(WriteRequest write, string personId, long expectedVersion, Person input, IReadOnlyList<string> paths, string reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var scope = RegionScope.Of(write.Caller);
        var person = await IdempotentWrite.RunAsync(db, clock.Now, "UpdatePerson", write.Caller, write.IdempotencyKey, write.Message, Person.Parser, async () =>
        {
            var record = await subjects.PersonToChangeAsync(personId, expectedVersion, scope, cancellationToken);
            var before = RecordMapping.ToProto(record, maskIdNumber: true);
            var (household, residence) = (record.HouseholdRegion, record.ResidenceRegion);
            var (staffId, householdNumber) = (record.StaffId, record.HouseholdNumber);
            var now = clock.Now;
            PersonChanges.Apply(record, input, paths, write.Actor, now);

            // A counter cannot move its people into another office's region: each changed place must lie in
            // its own, as at registration. A move between offices is a transfer the receiving office accepts.
            if (record.HouseholdRegion != household)
            {
                scope.RequireCovers("person.household_region", record.HouseholdRegion);
            }

            if (record.ResidenceRegion != residence)
            {
                scope.RequireCovers("person.residence_region", record.ResidenceRegion);
            }

            if (record.StaffId.Length > 0 && await db.StaffHolderAsync(record.StaffId, record.Id, cancellationToken) is { } holder)
            {
                throw DuplicateRegistration.Staff(record.StaffId, holder);
            }

            if (record.StaffId != staffId)
            {
                db.Held(SubjectTypes.Person, record.Id, StaffRelationHistory.StaffId, record.StaffId, write.Actor, now);
            }

            if (record.HouseholdNumber != householdNumber)
            {
                db.Held(SubjectTypes.Person, record.Id, StaffRelationHistory.HouseholdNumber, record.HouseholdNumber, write.Actor, now);
            }

            audit.Record(now, SubjectTypes.Person, record.Id, write.Actor, AuditAction.Updated, before, RecordMapping.ToProto(record, maskIdNumber: true), reason, record.Version);
            return RecordMapping.ToProto(record, maskIdNumber: false);
        }, cancellationToken);
        await changes.PersonChangedAsync(person.PersonId, person.Record.Version, cancellationToken);
        return person;
    }
}
