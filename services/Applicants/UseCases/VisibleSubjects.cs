using Employment.Applicants.Data;
using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>
/// Loads the person or employer a call names, as the caller may see it: a record outside a
/// counter's region is NOT_FOUND exactly as a key that does not exist (RegionScope), so a refusal
/// does not tell which region holds it; so is, to a person, anyone but themselves, and to an
/// employer's agent any other employer.
/// </summary>
internal sealed class VisibleSubjects(ApplicantsDbContext db, ChinaClock clock)
{
    private const string PersonZh = "人员";
    private const string EmployerZh = "用人单位";

    public async Task<PersonRecord> PersonAsync(PersonKey? key, RegionScope scope, CancellationToken cancellationToken)
    {
        PersonRecord? record;
        switch (key?.KeyCase)
        {
            case PersonKey.KeyOneofCase.PersonId:
                record = await db.PersonToReadAsync(key.PersonId, idNumber: null, cancellationToken);
                break;
            case PersonKey.KeyOneofCase.IdNumber:
                // Validated before the query: a refusal thrown inside the expression would reach the
                // caller as INTERNAL instead of INVALID_ARGUMENT naming the field.
                var id = PersonValidation.IdNumber(key.IdNumber, "person.id_number", clock.Today).Value;
                record = await db.PersonToReadAsync(personId: null, id, cancellationToken);
                break;
            default:
                throw DomainRuleException.Invalid("person", "请提供人员编号或身份证号码。");
        }

        var shown = key.KeyCase == PersonKey.KeyOneofCase.PersonId ? key.PersonId : IdMasking.IdNumber(key.IdNumber);
        return scope.Visible(record ?? throw DomainRuleException.NotFound(PersonZh, shown), PersonZh, shown, RecordOwner.Person(record.Id), record.HouseholdRegion, record.ResidenceRegion);
    }

    /// <summary>
    /// The person a call names with their current facts, in one query (the profile read); refused
    /// exactly as <see cref="PersonAsync"/> refuses, and the facts are not handed out unless the person is visible.
    /// </summary>
    public async Task<PersonWithFacts> PersonWithFactsAsync(PersonKey? key, RegionScope scope, CancellationToken cancellationToken)
    {
        PersonWithFacts? found;
        switch (key?.KeyCase)
        {
            case PersonKey.KeyOneofCase.PersonId:
                found = await db.PersonWithFactsAsync(key.PersonId, idNumber: null, cancellationToken);
                break;
            case PersonKey.KeyOneofCase.IdNumber:
                // Validated before the query, as in PersonAsync.
                var id = PersonValidation.IdNumber(key.IdNumber, "person.id_number", clock.Today).Value;
                found = await db.PersonWithFactsAsync(personId: null, id, cancellationToken);
                break;
            default:
                throw DomainRuleException.Invalid("person", "请提供人员编号或身份证号码。");
        }

        var shown = key.KeyCase == PersonKey.KeyOneofCase.PersonId ? key.PersonId : IdMasking.IdNumber(key.IdNumber);
        var record = found?.Person ?? throw DomainRuleException.NotFound(PersonZh, shown);
        return scope.Visible(found, PersonZh, shown, RecordOwner.Person(record.Id), record.HouseholdRegion, record.ResidenceRegion);
    }

    public async Task<EmployerRecord> EmployerAsync(EmployerKey? key, RegionScope scope, CancellationToken cancellationToken)
    {
        EmployerRecord? record;
        switch (key?.KeyCase)
        {
            case EmployerKey.KeyOneofCase.EmployerId:
                record = await db.EmployerToReadAsync(key.EmployerId, creditCode: null, cancellationToken);
                break;
            case EmployerKey.KeyOneofCase.CreditCode:
                // Validated before the query, so a bad code is INVALID_ARGUMENT naming the field.
                var code = EmployerValidation.CreditCode(key.CreditCode, "employer.credit_code").Value;
                record = await db.EmployerToReadAsync(employerId: null, code, cancellationToken);
                break;
            default:
                throw DomainRuleException.Invalid("employer", "请提供单位编号或统一社会信用代码。");
        }

        var shown = key.KeyCase == EmployerKey.KeyOneofCase.EmployerId ? key.EmployerId : IdMasking.CreditCode(key.CreditCode);
        return scope.Visible(record ?? throw DomainRuleException.NotFound(EmployerZh, shown), EmployerZh, shown, RecordOwner.Employer(record.Id), RecordMapping.RegionOf(record));
    }

    /// <summary>A person to change; a non-zero expected version must be the current one.</summary>
    public async Task<PersonRecord> PersonToChangeAsync(string personId, long expectedVersion, RegionScope scope, CancellationToken cancellationToken)
    {
        var found = await db.PersonToChangeAsync(personId, cancellationToken) ?? throw DomainRuleException.NotFound(PersonZh, personId);
        var record = scope.Visible(found, PersonZh, personId, found.HouseholdRegion, found.ResidenceRegion);
        SubjectVersion.RequireCurrent(record, expectedVersion, "人员信息");
        return record;
    }

    /// <summary>An employer to change; a non-zero expected version must be the current one.</summary>
    public async Task<EmployerRecord> EmployerToChangeAsync(string employerId, long expectedVersion, RegionScope scope, CancellationToken cancellationToken)
    {
        var found = await db.EmployerToChangeAsync(employerId, cancellationToken) ?? throw DomainRuleException.NotFound(EmployerZh, employerId);
        var record = scope.Visible(found, EmployerZh, employerId, RecordMapping.RegionOf(found));
        SubjectVersion.RequireCurrent(record, expectedVersion, "单位信息");
        return record;
    }
}
