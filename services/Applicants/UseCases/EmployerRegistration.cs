using Employment.Applicants.Data;
using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>Registering an employer once, within the caller's region, audited and idempotent.</summary>
internal sealed class EmployerRegistration(ApplicantsDbContext db, AuditTrail audit, ChinaClock clock)
{
    public async Task<Employer> RegisterAsync(WriteRequest write, NewEmployer employer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(employer);
        var scope = RegionScope.Of(write.Caller);
        scope.RequireCovers("employer.region", employer.Region);
        scope.RequireMayHold("employer.credit_code", employer.CreditCode.RegionCode);
        return await IdempotentWrite.RunAsync(db, clock.Now, "RegisterEmployer", write.Caller, write.IdempotencyKey, write.Message, Employer.Parser, async () =>
        {
            if (await db.RegisteredEmployerAsync(employer.CreditCode.Value, cancellationToken) is { } existing)
            {
                throw DuplicateRegistration.Employer(employer.CreditCode, scope.Covers(existing.Region) ? existing.Id : null);
            }

            var now = clock.Now;
            var record = EmployerRecord.Register(employer, write.Actor, now);
            db.Employers.Add(record);
            var proto = RecordMapping.ToProto(record);
            db.Held(SubjectTypes.Employer, record.Id, StaffRelationHistory.LegalRepresentative, proto.LegalRepresentativeIdNumber, write.Actor, now);
            audit.Record(now, SubjectTypes.Employer, record.Id, write.Actor, AuditAction.Registered, null, RecordMapping.Masked(proto), "", record.Version);
            return proto;
        }, cancellationToken);
    }
}
