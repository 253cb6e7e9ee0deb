using Employment.ServiceDefaults.Paging;
using Employment.Persistence.Idempotency;
using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Security;

namespace Employment.Applicants.Grpc;

/// <summary>
/// employment.applicants.v1.Applicants: the registry of people and employers. Every write is
/// idempotent (idempotency_key), version-checked (expected_version → ABORTED when stale), audited,
/// and durable before it is answered; every write invalidates the shared profile cache.
/// </summary>
public sealed partial class ApplicantsService(
    ApplicantsDbContext db,
    IProfileChangeNotifier changes,
    Policy.Categories.ApplicantCategories categories,
    ServiceDefaults.Time.ChinaClock clock,
    ServiceDefaults.Security.ICallerResolver callers,
    Microsoft.Extensions.Logging.ILogger<ApplicantsService> logger) : ApplicantsApi.ApplicantsBase
{
    private DateOnly Today => clock.Today;

    private DateTimeOffset Now => clock.Now;

    public override async Task<Person> RegisterPerson(RegisterPersonRequest request, ServerCallContext context)
    {
        var input = request.Person ?? throw RpcErrors.Invalid("person", "请填写人员信息。");
        var id = PersonValidation.IdNumber(input.IdNumber, "person.id_number", Today);
        PersonValidation.BirthDateAgrees(input.BirthDate, id, "person.birth_date");
        var householdType = PersonValidation.Household(input.HouseholdType, "person.household_type");
        var name = PersonValidation.Name(input.Name, "person.name");
        var phone = PersonValidation.Phone(input.Phone, "person.phone");
        var household = PersonValidation.Region(input.HouseholdRegion, "person.household_region");
        var residence = PersonValidation.Region(input.ResidenceRegion, "person.residence_region");
        Scope(context).RequireCovers("person.residence_region", household, residence);
        var actor = CallerInfo.Actor(callers, context);

        var person = await IdempotentWrite.RunAsync(db, Now, "RegisterPerson", Caller(context), request.IdempotencyKey, request, Person.Parser, async () =>
        {
            var existing = await db.People.AsNoTracking().Where(p => p.IdNumber == id.Value).Select(p => p.Id).FirstOrDefaultAsync(context.CancellationToken);
            if (existing is not null)
            {
                throw RpcErrors.Exists($"身份证号码 {id.Masked} 已登记，人员编号 {existing}。 (Already registered as {existing}.)");
            }

            var now = Now;
            var record = new PersonRecord
            {
                Id = RecordIds.New("P"),
                IdNumber = id.Value,
                Name = name,
                BirthDate = id.BirthDate,
                Phone = phone,
                HouseholdRegion = household,
                HouseholdType = (int)householdType,
                ResidenceRegion = residence,
                Version = 1,
                CreatedAt = now,
                CreatedBy = actor,
                UpdatedAt = now,
                UpdatedBy = actor,
            };
            db.People.Add(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Person, record.Id, actor, AuditAction.Registered, null, RecordMapping.ToProto(record, maskIdNumber: true), "", record.Version);
            return RecordMapping.ToProto(record, maskIdNumber: false);
        }, context.CancellationToken);
        return person;
    }

    public override async Task<Person> UpdatePerson(UpdatePersonRequest request, ServerCallContext context)
    {
        var paths = request.UpdateMask?.Paths ?? [];
        if (paths.Count == 0)
        {
            throw RpcErrors.Invalid("update_mask", "请在 update_mask 中列出要修改的字段。");
        }

        RequireExpectedVersion(request.ExpectedVersion);
        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因", required: false);
        var input = request.Person ?? new Person();
        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        var person = await IdempotentWrite.RunAsync(db, Now, "UpdatePerson", Caller(context), request.IdempotencyKey, request, Person.Parser, async () =>
        {
            var record = await FindPersonForWriteAsync(request.PersonId, request.ExpectedVersion, scope, context.CancellationToken);
            var before = RecordMapping.ToProto(record, maskIdNumber: true);
            foreach (var path in paths)
            {
                switch (path)
                {
                    case "name":
                        record.Name = PersonValidation.Name(input.Name, "person.name");
                        break;
                    case "phone":
                        record.Phone = PersonValidation.Phone(input.Phone, "person.phone");
                        break;
                    case "household_region":
                        record.HouseholdRegion = PersonValidation.Region(input.HouseholdRegion, "person.household_region");
                        break;
                    case "household_type":
                        record.HouseholdType = (int)PersonValidation.Household(input.HouseholdType, "person.household_type");
                        break;
                    case "residence_region":
                        record.ResidenceRegion = PersonValidation.Region(input.ResidenceRegion, "person.residence_region");
                        break;
                    case "id_number":
                        throw RpcErrors.Invalid("update_mask", "身份证号码不能修改；如登记有误，请撤销后重新登记。");
                    default:
                        throw RpcErrors.Invalid("update_mask", $"字段“{PlainText.Quote(path)}”不能修改或不存在。");
                }
            }

            Touch(record, actor);
            AuditTrail.Record(db, logger, Now, RecordMapping.Person, record.Id, actor, AuditAction.Updated, before, RecordMapping.ToProto(record, maskIdNumber: true), request.ReasonZh, record.Version);
            return RecordMapping.ToProto(record, maskIdNumber: false);
        }, context.CancellationToken);
        await changes.PersonChangedAsync(person.PersonId, person.Record.Version, context.CancellationToken);
        return person;
    }

    public override async Task<Person> GetPerson(GetPersonRequest request, ServerCallContext context)
    {
        var record = await FindPersonAsync(request.Person, Scope(context), context.CancellationToken);
        return RecordMapping.ToProto(record, maskIdNumber: false);
    }

    public override async Task<FindPeopleResponse> FindPeople(FindPeopleRequest request, ServerCallContext context)
    {
        var query = db.People.AsNoTracking();
        var scope = Scope(context);
        if (!scope.Unlimited)
        {
            // Only the people whose household or residence lies within the counter's region.
            var prefix = scope.CodePrefix;
            query = query.Where(p => p.HouseholdRegion.StartsWith(prefix) || p.ResidenceRegion.StartsWith(prefix));
        }

        var any = false;
        if (request.IdNumber.Length > 0)
        {
            var id = PersonValidation.IdNumber(request.IdNumber, "id_number", Today);
            query = query.Where(p => p.IdNumber == id.Value);
            any = true;
        }

        if (request.Name.Trim().Length > 0)
        {
            var name = PersonValidation.Name(request.Name, "name");
            query = query.Where(p => p.Name.StartsWith(name));
            any = true;
        }

        if (request.BirthDate is { Year: > 0 } birth)
        {
            var birthDate = PersonValidation.Period(new DatePeriod { From = birth }, "birth_date").From!.Value;
            query = query.Where(p => p.BirthDate == birthDate);
            any = true;
        }

        if (request.Phone.Length > 0)
        {
            query = query.Where(p => p.Phone == request.Phone);
            any = true;
        }

        if (request.ResidenceRegion is { Code.Length: > 0 } region)
        {
            query = query.Where(p => p.ResidenceRegion == region.Code);
            any = true;
        }

        if (!any)
        {
            throw RpcErrors.Invalid("id_number", "请至少提供一个查询条件：身份证号码、姓名（可加出生日期）、手机号码或居住地。");
        }

        var (offset, size) = (Pages.Offset(request.Page), Pages.Size(request.Page));
        var total = await query.CountAsync(context.CancellationToken);
        var page = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(offset).Take(size).ToListAsync(context.CancellationToken);
        var response = new FindPeopleResponse { Page = Pages.NextByOffset(offset, size, total) };
        response.People.AddRange(page.Select(p => RecordMapping.ToProto(p, maskIdNumber: false)));
        return response;
    }

    public override async Task<PersonFact> AddPersonFact(AddPersonFactRequest request, ServerCallContext context)
    {
        var fact = request.Fact ?? throw RpcErrors.Invalid("fact", "请填写要登记的事实。");
        PersonValidation.Fact(fact);
        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        long version = 0;
        var added = await IdempotentWrite.RunAsync(db, Now, "AddPersonFact", Caller(context), request.IdempotencyKey, request, PersonFact.Parser, async () =>
        {
            var person = await FindPersonForWriteAsync(request.PersonId, expectedVersion: 0, scope, context.CancellationToken);
            var record = NewFact(RecordMapping.Person, person.Id, (int)fact.Kind, fact.Period, RecordMapping.Payload(fact), actor);
            db.Facts.Add(record);
            Touch(person, actor);
            version = person.Version;
            var proto = RecordMapping.ToProto(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Person, person.Id, actor, AuditAction.FactAdded, null, proto, "", person.Version, record.Id);
            return proto;
        }, context.CancellationToken);
        await changes.PersonChangedAsync(request.PersonId, version, context.CancellationToken);
        return added;
    }

    public override async Task<PersonFact> CorrectPersonFact(CorrectPersonFactRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.ReasonZh))
        {
            throw RpcErrors.Invalid("reason_zh", "更正或撤销须填写原因。");
        }

        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因");

        if (!request.Withdraw)
        {
            PersonValidation.Fact(request.Corrected ?? throw RpcErrors.Invalid("corrected", "请填写更正后的事实，或选择撤销（withdraw）。"));
        }

        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        long version = 0;
        var result = await IdempotentWrite.RunAsync(db, Now, "CorrectPersonFact", Caller(context), request.IdempotencyKey, request, PersonFact.Parser, async () =>
        {
            var person = await FindPersonForWriteAsync(request.PersonId, expectedVersion: 0, scope, context.CancellationToken);
            var old = await FindFactForWriteAsync(RecordMapping.Person, person.Id, request.FactId, request.ExpectedVersion, context.CancellationToken);
            var before = RecordMapping.ToProto(old);
            old.Superseded = true;
            old.Version++;
            Touch(person, actor);
            version = person.Version;
            if (request.Withdraw)
            {
                var withdrawn = RecordMapping.ToProto(old);
                AuditTrail.Record(db, logger, Now, RecordMapping.Person, person.Id, actor, AuditAction.FactWithdrawn, before, withdrawn, request.ReasonZh, person.Version, old.Id);
                return withdrawn;
            }

            var corrected = NewFact(RecordMapping.Person, person.Id, (int)request.Corrected.Kind, request.Corrected.Period, RecordMapping.Payload(request.Corrected), actor);
            db.Facts.Add(corrected);
            var after = RecordMapping.ToProto(corrected);
            AuditTrail.Record(db, logger, Now, RecordMapping.Person, person.Id, actor, AuditAction.FactCorrected, before, after, request.ReasonZh, person.Version, old.Id);
            return after;
        }, context.CancellationToken);
        await changes.PersonChangedAsync(request.PersonId, version, context.CancellationToken);
        return result;
    }

    public override async Task<GetAuditResponse> GetPersonAudit(GetPersonAuditRequest request, ServerCallContext context)
    {
        var person = await FindPersonAsync(new PersonKey { PersonId = request.PersonId }, Scope(context), context.CancellationToken);
        return await AuditPageAsync(RecordMapping.Person, person.Id, request.Page, context.CancellationToken);
    }

    /// <summary>The verified caller of this call.</summary>
    private Caller Caller(ServerCallContext context) => callers.Resolve(context);

    /// <summary>Where the caller may act (a counter: its office's region); PERMISSION_DENIED for a counter without one.</summary>
    private RegionScope Scope(ServerCallContext context) => RegionScope.Of(Caller(context));

    private async Task<PersonRecord> FindPersonAsync(PersonKey? key, RegionScope scope, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        PersonRecord? record;
        switch (key?.KeyCase)
        {
            case PersonKey.KeyOneofCase.PersonId:
                record = await query.SingleOrDefaultAsync(p => p.Id == key.PersonId, cancellationToken);
                break;
            case PersonKey.KeyOneofCase.IdNumber:
                // Validated before the query: a refusal thrown inside the expression would reach the
                // caller as INTERNAL instead of INVALID_ARGUMENT naming the field.
                var id = PersonValidation.IdNumber(key.IdNumber, "person.id_number", Today).Value;
                record = await query.SingleOrDefaultAsync(p => p.IdNumber == id, cancellationToken);
                break;
            default:
                throw RpcErrors.Invalid("person", "请提供人员编号或身份证号码。");
        }

        var shown = key.KeyCase == PersonKey.KeyOneofCase.PersonId ? key.PersonId : RecordMapping.Mask(key.IdNumber);
        return scope.Visible(record ?? throw RpcErrors.NotFound("人员", shown), "人员", shown, record.HouseholdRegion, record.ResidenceRegion);
    }

    /// <summary>Loads a person for change; a non-zero expected version must be the current one.</summary>
    private async Task<PersonRecord> FindPersonForWriteAsync(string personId, long expectedVersion, RegionScope scope, CancellationToken cancellationToken)
    {
        var found = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw RpcErrors.NotFound("人员", personId);
        var record = scope.Visible(found, "人员", personId, found.HouseholdRegion, found.ResidenceRegion);
        if (expectedVersion != 0 && record.Version != expectedVersion)
        {
            throw RpcErrors.StaleVersion("人员信息", record.Version, expectedVersion);
        }

        return record;
    }

    private async Task<FactRecord> FindFactForWriteAsync(string subjectType, string subjectId, string factId, long expectedVersion, CancellationToken cancellationToken)
    {
        var fact = await db.Facts.SingleOrDefaultAsync(f => f.Id == factId && f.SubjectType == subjectType && f.SubjectId == subjectId, cancellationToken)
            ?? throw RpcErrors.NotFound("事实记录", factId);
        if (fact.Superseded)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"事实记录 {factId} 已被更正或撤销，请更正其最新记录。 (Fact {factId} is already superseded.)"));
        }

        if (expectedVersion == 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供所更正事实的版本号（expected_version）。");
        }

        if (fact.Version != expectedVersion)
        {
            throw RpcErrors.StaleVersion("事实记录", fact.Version, expectedVersion);
        }

        return fact;
    }

    private FactRecord NewFact(string subjectType, string subjectId, int kind, DatePeriod? period, byte[] payload, string actor)
    {
        var (from, until) = PersonValidation.Period(period, "fact.period");
        return new FactRecord
        {
            Id = RecordIds.New("F"),
            SubjectType = subjectType,
            SubjectId = subjectId,
            Kind = kind,
            From = from,
            Until = until,
            Payload = payload,
            Version = 1,
            CreatedAt = Now,
            CreatedBy = actor,
        };
    }

    private static void RequireExpectedVersion(long expectedVersion)
    {
        if (expectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供修改所依据的记录版本号（expected_version），以免覆盖他人的修改。");
        }
    }

    private void Touch(PersonRecord record, string actor)
    {
        record.Version++;
        record.UpdatedAt = Now;
        record.UpdatedBy = actor;
    }

    private async Task<GetAuditResponse> AuditPageAsync(string subjectType, string subjectId, PageRequest? page, CancellationToken cancellationToken)
    {
        var query = db.Audit.AsNoTracking().Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId);
        var (offset, size) = (Pages.Offset(page), Pages.Size(page));
        var total = await query.CountAsync(cancellationToken);

        var entries = await query.OrderBy(a => a.Version).ThenBy(a => a.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        var response = new GetAuditResponse { Page = Pages.NextByOffset(offset, size, total) };
        response.Entries.AddRange(entries.Select(AuditTrail.ToProto));
        return response;
    }
}
