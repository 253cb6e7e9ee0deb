using Employment.Persistence.Idempotency;
using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Security;

namespace Employment.Applicants.Grpc;

public sealed partial class ApplicantsService
{
    public override async Task<Employer> RegisterEmployer(RegisterEmployerRequest request, ServerCallContext context)
    {
        var input = request.Employer ?? throw RpcErrors.Invalid("employer", "请填写用人单位信息。");
        var code = EmployerValidation.CreditCode(input.CreditCode, "employer.credit_code");
        var name = EmployerValidation.Name(input.Name, "employer.name");
        var region = PersonValidation.Region(input.Region, "employer.region");
        Scope(context).RequireCovers("employer.region", region);
        var actor = CallerInfo.Actor(callers, context);
        return await IdempotentWrite.RunAsync(db, Now, "RegisterEmployer", Caller(context), request.IdempotencyKey, request, Employer.Parser, async () =>
        {
            var existing = await db.Employers.AsNoTracking().Where(e => e.CreditCode == code.Value).Select(e => e.Id).FirstOrDefaultAsync(context.CancellationToken);
            if (existing is not null)
            {
                throw RpcErrors.Exists($"统一社会信用代码 {code.Masked} 已登记，单位编号 {existing}。 (Already registered as {existing}.)");
            }

            var now = Now;
            var record = new EmployerRecord
            {
                Id = RecordIds.New("E"),
                CreditCode = code.Value,
                Name = name,
                Payload = RecordMapping.Payload(input),
                Version = 1,
                CreatedAt = now,
                CreatedBy = actor,
                UpdatedAt = now,
                UpdatedBy = actor,
            };
            db.Employers.Add(record);
            var proto = RecordMapping.ToProto(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Employer, record.Id, actor, AuditAction.Registered, null, proto, "", record.Version);
            return proto;
        }, context.CancellationToken);
    }

    public override async Task<Employer> UpdateEmployer(UpdateEmployerRequest request, ServerCallContext context)
    {
        var paths = request.UpdateMask?.Paths ?? [];
        if (paths.Count == 0)
        {
            throw RpcErrors.Invalid("update_mask", "请在 update_mask 中列出要修改的字段。");
        }

        RequireExpectedVersion(request.ExpectedVersion);
        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因", required: false);
        var input = request.Employer ?? new Employer();
        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        var employer = await IdempotentWrite.RunAsync(db, Now, "UpdateEmployer", Caller(context), request.IdempotencyKey, request, Employer.Parser, async () =>
        {
            var record = await FindEmployerForWriteAsync(request.EmployerId, request.ExpectedVersion, scope, context.CancellationToken);
            var before = RecordMapping.ToProto(record);
            var updated = before.Clone();
            foreach (var path in paths)
            {
                switch (path)
                {
                    case "name":
                        updated.Name = EmployerValidation.Name(input.Name, "employer.name");
                        break;
                    case "region":
                        PersonValidation.Region(input.Region, "employer.region");
                        updated.Region = input.Region;
                        break;
                    case "kind":
                        updated.Kind = input.Kind;
                        break;
                    case "industry_code":
                        updated.IndustryCode = input.IndustryCode;
                        break;
                    case "registration_date":
                        updated.RegistrationDate = input.RegistrationDate;
                        break;
                    case "credit_code":
                        throw RpcErrors.Invalid("update_mask", "统一社会信用代码不能修改；如登记有误，请重新登记。");
                    default:
                        throw RpcErrors.Invalid("update_mask", $"字段“{PlainText.Quote(path)}”不能修改或不存在。");
                }
            }

            record.Name = updated.Name;
            record.Payload = RecordMapping.Payload(updated);
            TouchEmployer(record, actor);
            var after = RecordMapping.ToProto(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Employer, record.Id, actor, AuditAction.Updated, before, after, request.ReasonZh, record.Version);
            return after;
        }, context.CancellationToken);
        await changes.EmployerChangedAsync(employer.EmployerId, employer.Record.Version, context.CancellationToken);
        return employer;
    }

    public override async Task<Employer> GetEmployer(GetEmployerRequest request, ServerCallContext context) =>
        RecordMapping.ToProto(await FindEmployerAsync(request.Employer, Scope(context), context.CancellationToken));

    public override async Task<EmployerFact> AddEmployerFact(AddEmployerFactRequest request, ServerCallContext context)
    {
        var fact = request.Fact ?? throw RpcErrors.Invalid("fact", "请填写要登记的单位事实。");
        var (kind, period) = EmployerValidation.Fact(fact);
        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        long version = 0;
        var added = await IdempotentWrite.RunAsync(db, Now, "AddEmployerFact", Caller(context), request.IdempotencyKey, request, EmployerFact.Parser, async () =>
        {
            var employer = await FindEmployerForWriteAsync(request.EmployerId, expectedVersion: 0, scope, context.CancellationToken);
            var record = NewFact(RecordMapping.Employer, employer.Id, kind, period, RecordMapping.Payload(fact), actor);
            db.Facts.Add(record);
            TouchEmployer(employer, actor);
            version = employer.Version;
            var proto = RecordMapping.ToEmployerFactProto(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Employer, employer.Id, actor, AuditAction.FactAdded, null, proto, "", employer.Version, record.Id);
            return proto;
        }, context.CancellationToken);
        await changes.EmployerChangedAsync(request.EmployerId, version, context.CancellationToken);
        return added;
    }

    public override async Task<EmployerFact> CorrectEmployerFact(CorrectEmployerFactRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.ReasonZh))
        {
            throw RpcErrors.Invalid("reason_zh", "更正或撤销须填写原因。");
        }

        PlainText.Check(request.ReasonZh, "reason_zh", PlainText.ReasonMaxLength, "原因");

        var corrected = request.Withdraw ? null : request.Corrected ?? throw RpcErrors.Invalid("corrected", "请填写更正后的事实，或选择撤销（withdraw）。");
        var shape = corrected is null ? default : EmployerValidation.Fact(corrected);
        var actor = CallerInfo.Actor(callers, context);
        var scope = Scope(context);
        long version = 0;
        var result = await IdempotentWrite.RunAsync(db, Now, "CorrectEmployerFact", Caller(context), request.IdempotencyKey, request, EmployerFact.Parser, async () =>
        {
            var employer = await FindEmployerForWriteAsync(request.EmployerId, expectedVersion: 0, scope, context.CancellationToken);
            var old = await FindFactForWriteAsync(RecordMapping.Employer, employer.Id, request.FactId, request.ExpectedVersion, context.CancellationToken);
            var before = RecordMapping.ToEmployerFactProto(old);
            old.Superseded = true;
            old.Version++;
            TouchEmployer(employer, actor);
            version = employer.Version;
            if (corrected is null)
            {
                var withdrawn = RecordMapping.ToEmployerFactProto(old);
                AuditTrail.Record(db, logger, Now, RecordMapping.Employer, employer.Id, actor, AuditAction.FactWithdrawn, before, withdrawn, request.ReasonZh, employer.Version, old.Id);
                return withdrawn;
            }

            var record = NewFact(RecordMapping.Employer, employer.Id, shape.Kind, shape.Period, RecordMapping.Payload(corrected), actor);
            db.Facts.Add(record);
            var after = RecordMapping.ToEmployerFactProto(record);
            AuditTrail.Record(db, logger, Now, RecordMapping.Employer, employer.Id, actor, AuditAction.FactCorrected, before, after, request.ReasonZh, employer.Version, old.Id);
            return after;
        }, context.CancellationToken);
        await changes.EmployerChangedAsync(request.EmployerId, version, context.CancellationToken);
        return result;
    }

    public override async Task<GetAuditResponse> GetEmployerAudit(GetEmployerAuditRequest request, ServerCallContext context)
    {
        var employer = await FindEmployerAsync(new EmployerKey { EmployerId = request.EmployerId }, Scope(context), context.CancellationToken);
        return await AuditPageAsync(RecordMapping.Employer, employer.Id, request.Page, context.CancellationToken);
    }

    public override async Task<EmployerProfile> GetEmployerProfile(GetEmployerProfileRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            throw RpcErrors.Invalid("purpose", "读取单位档案须说明用途（purpose），例如 hiring.stabilisation。");
        }

        var employer = await FindEmployerAsync(request.Employer, Scope(context), context.CancellationToken);
        var facts = await db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == RecordMapping.Employer && f.SubjectId == employer.Id && !f.Superseded)
            .OrderBy(f => f.Id)
            .ToListAsync(context.CancellationToken);
        var profile = new EmployerProfile { Employer = RecordMapping.ToProto(employer), ProfileVersion = employer.Version };
        profile.Facts.AddRange(facts.Select(RecordMapping.ToEmployerFactProto));
        await LogProfileReadAsync(RecordMapping.Employer, employer.Id, request.Purpose, context);
        return profile;
    }

    private async Task<EmployerRecord> FindEmployerAsync(EmployerKey? key, RegionScope scope, CancellationToken cancellationToken)
    {
        var query = db.Employers.AsNoTracking();
        EmployerRecord? record;
        switch (key?.KeyCase)
        {
            case EmployerKey.KeyOneofCase.EmployerId:
                record = await query.SingleOrDefaultAsync(e => e.Id == key.EmployerId, cancellationToken);
                break;
            case EmployerKey.KeyOneofCase.CreditCode:
                // Validated before the query, so a bad code is INVALID_ARGUMENT naming the field.
                var code = EmployerValidation.CreditCode(key.CreditCode, "employer.credit_code").Value;
                record = await query.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken);
                break;
            default:
                throw RpcErrors.Invalid("employer", "请提供单位编号或统一社会信用代码。");
        }

        var shown = key.KeyCase == EmployerKey.KeyOneofCase.EmployerId ? key.EmployerId : Identity.IdMasking.CreditCode(key.CreditCode);
        return scope.Visible(record ?? throw RpcErrors.NotFound("用人单位", shown), "用人单位", shown, RegionOf(record));
    }

    /// <summary>The employer's registered region (held in the record's payload).</summary>
    private static string RegionOf(EmployerRecord record) => RecordMapping.ToProto(record).Region?.Code ?? "";

    private async Task<EmployerRecord> FindEmployerForWriteAsync(string employerId, long expectedVersion, RegionScope scope, CancellationToken cancellationToken)
    {
        var found = await db.Employers.SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            ?? throw RpcErrors.NotFound("用人单位", employerId);
        var record = scope.Visible(found, "用人单位", employerId, RegionOf(found));
        if (expectedVersion != 0 && record.Version != expectedVersion)
        {
            throw RpcErrors.StaleVersion("单位信息", record.Version, expectedVersion);
        }

        return record;
    }

    private void TouchEmployer(EmployerRecord record, string actor)
    {
        record.Version++;
        record.UpdatedAt = Now;
        record.UpdatedBy = actor;
    }
}
