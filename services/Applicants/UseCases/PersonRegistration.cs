using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>Registering a person once, within the caller's region, audited and idempotent.</summary>
internal sealed class PersonRegistration(ApplicantsDbContext db, AuditTrail audit, ChinaClock clock)
{
    public async Task<Person> RegisterAsync(WriteRequest write, NewPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(person);
        var scope = RegionScope.Of(write.Caller);
        scope.RequireCovers("person.residence_region", person.HouseholdRegion, person.ResidenceRegion);
        return await IdempotentWrite.RunAsync(db, clock.Now, "RegisterPerson", write.Caller, write.IdempotencyKey, write.Message, Person.Parser, async () =>
        {
            if (await db.RegisteredPersonAsync(person.IdNumber.Value, cancellationToken) is { } existing)
            {
                throw DuplicateRegistration.Person(person.IdNumber, scope.Covers(existing.HouseholdRegion, existing.ResidenceRegion) ? existing.Id : null);
            }

            if (person.StaffId.Length > 0 && await db.StaffHolderAsync(person.StaffId, "", cancellationToken) is { } holder)
            {
                throw DuplicateRegistration.Staff(person.StaffId, holder);
            }

            var now = clock.Now;
            var record = PersonRecord.Register(person, write.Actor, now);
            db.People.Add(record);
            db.Held(SubjectTypes.Person, record.Id, StaffRelationHistory.StaffId, record.StaffId, write.Actor, now);
            db.Held(SubjectTypes.Person, record.Id, StaffRelationHistory.HouseholdNumber, record.HouseholdNumber, write.Actor, now);
            audit.Record(now, SubjectTypes.Person, record.Id, write.Actor, AuditAction.Registered, null, RecordMapping.ToProto(record, maskIdNumber: true), "", record.Version);
            return RecordMapping.ToProto(record, maskIdNumber: false);
        }, cancellationToken);
    }
}
