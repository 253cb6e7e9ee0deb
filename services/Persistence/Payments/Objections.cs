using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 公示异议 (table "objections"): an objection to one line of a batch on public notice. Filing it holds the line's record
/// from payment (a <see cref="PaymentHoldRecord"/> whose signal is the objection) in the same transaction; a clerk of the
/// record's region dismisses it (the hold released) or upholds it (the hold kept, worded as upheld).
/// </summary>
public sealed class ObjectionRecord
{
    /// <summary>"Y" and a time-ordered GUID; also the hold's signal id.</summary>
    public required string Id { get; set; }

    public required string BatchId { get; set; }

    public required string RecordId { get; set; }

    public required string Region { get; set; }

    public required string ReasonZh { get; set; }

    public string ContactPhone { get; set; } = "";

    /// <summary>Who objected: "P:" and a signed-in person's registry id, or "T:" and the phone a texted code confirmed.</summary>
    public string Objector { get; set; } = "";

    public DateTimeOffset FiledAt { get; set; }

    public DateOnly NoticeUntil { get; set; }

    /// <summary>An employment.common.v1.ObjectionState number.</summary>
    public int State { get; set; }

    public string ResolutionZh { get; set; } = "";

    public string ResolvedBy { get; set; } = "";

    public DateTimeOffset? ResolvedAt { get; set; }

    public long Version { get; set; }
}

public static class ObjectionModel
{
    /// <summary>The prefix of an objection's id, which is also the signal id of the hold it puts on its record.</summary>
    public const string IdPrefix = "Y";

    /// <summary>
    /// Maps <see cref="ObjectionRecord"/> to "objections", found by region and state and by record, one open objection per
    /// line and objector (a unique index over the open ones), and <see cref="ObjectionCodeRecord"/> to "objection_codes".
    /// </summary>
    public static ModelBuilder AddObjectionTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ObjectionRecord>(e =>
        {
            e.ToTable("objections");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.Region, o.State });
            e.HasIndex(o => new { o.BatchId, o.State });
            e.HasIndex(o => new { o.BatchId, o.Objector });
            e.HasIndex(o => new { o.RecordId, o.Objector }).IsUnique().HasFilter($"\"State\" = {(int)ObjectionState.Open}");
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ObjectionCodeRecord>(e =>
        {
            e.ToTable("objection_codes");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.Phone);
            e.Property(c => c.FailedAttempts).IsConcurrencyToken();
            e.Property(c => c.SpentAt).IsConcurrencyToken();
        });
        return modelBuilder;
    }

    /// <summary>Whether a hold is an objection's (its signal an objection id), not a risk signal's.</summary>
    public static bool IsObjection(PaymentHoldRecord hold) => hold?.SignalId.StartsWith(IdPrefix, StringComparison.Ordinal) == true;

    /// <summary>The records of a batch an open objection holds.</summary>
    public static async Task<IReadOnlySet<string>> ObjectedAsync(this DbContext db, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = (int)ObjectionState.Open;
        return (await db.Set<ObjectionRecord>().AsNoTracking().Where(o => o.BatchId == batchId && o.State == open).Select(o => o.RecordId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>
/// 公示异议 in every subsidy service that publishes notices: a signed-in person, or anyone who confirms a mobile phone
/// with a texted code, files one against a line of a batch while its notice lasts, which holds the line's record from
/// payment at once; one objector has at most one open objection to a line and at most
/// <see cref="ObjectionOptions.MaxPerObjectorPerNotice"/> to a batch; the clerks of the record's region list them, those
/// to one line together, and resolve each, never one about a record that names themself or their own (回避). What its
/// records are called and whom a record names are the service's answers' (<see cref="CaseAnswers{TRecord}"/>).
/// </summary>
public sealed class PaymentObjections<TRecord>(CaseAnswers<TRecord> answers, ChinaClock clock, ObjectionOptions options, IRecusal recusal, ISmsSender? sms = null) : Lifecycle.IPaymentObjections
    where TRecord : AuditedRecord, IPayable, Reviews.IReviewable
{
    private readonly DbContext db = answers.Db;

    private const int ReasonMaxLength = 500;
    private const int ReasonMinLength = 5;
    private const int PhoneMaxLength = 20;

    /// <summary>Objections a list shows at once: a technical bound on one answer.</summary>
    private const int Listed = 200;

    private string RecordWhat => answers.RecordWhat;

    /// <summary>Whom the record names (its applicant, the people it pays for, the claimant employer), for 回避.</summary>
    private async Task<RecusalSubjects> SubjectsOfAsync(string recordId, CancellationToken cancellationToken) =>
        answers.RecusalOf(await answers.Rows.AsNoTracking().SingleAsync(r => r.Id == recordId, cancellationToken));

    /// <summary>获取验证码: a code texted to the phone of an objector who has not signed in, for a batch on notice.</summary>
    public async Task<ObjectionCodeSent> RequestCodeAsync(RequestObjectionCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batchId = PlainText.Reference(request.BatchId, "batch_id", 40, "公示批次编号");
        var phone = ObjectionPhones.Mobile(request.Phone, "phone");
        var batch = await OnNoticeAsync(batchId, cancellationToken);
        await RequireRoomAsync(batchId, PhoneObjector(phone), batch.Region, recordId: null, cancellationToken);
        var expires = await ObjectionPhones.SendAsync(db, sms, options, batchId, phone, batch.Region, clock.Now, cancellationToken);
        return new ObjectionCodeSent
        {
            ExpiresAt = Timestamp.FromDateTimeOffset(expires),
            NextStepZh = $"验证码已发到 {phone[..3]}****{phone[7..]}，{(int)options.CodeLifetime.TotalMinutes} 分钟内有效，请在下面输入。",
        };
    }

    public async Task<ObjectionReceipt> FileAsync(FileObjectionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var batchId = PlainText.Reference(request.BatchId, "batch_id", 40, "公示批次编号");
        var recordId = PlainText.Reference(request.RecordId, "record_id", 40, "公示名单中的一项");
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", ReasonMaxLength, "异议理由").Trim();
        if (reason.Length < ReasonMinLength)
        {
            throw DomainRuleException.Invalid("reason_zh", "请写明异议的理由（例如：此人并未在该单位工作），至少一句话。");
        }

        string phone;
        string objector;
        if (caller.Role == CallerRole.Person)
        {
            phone = request.ContactPhone.Trim();
            if (phone.Length > PhoneMaxLength || phone.Any(c => !char.IsAsciiDigit(c) && c != '-'))
            {
                throw DomainRuleException.Invalid("contact_phone", "联系电话只能填数字（可含“-”），也可以不填。");
            }

            objector = "P:" + caller.Subject;
        }
        else
        {
            // Not signed in: the phone confirmed by its code, before the objection's write, so a wrong entry counts.
            phone = ObjectionPhones.Mobile(request.ContactPhone, "contact_phone");
            objector = PhoneObjector(phone);
            if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            {
                throw DomainRuleException.Invalid("idempotency_key", "请提供幂等键（idempotency_key），重复提交时才不会重复登记。");
            }

            await ObjectionPhones.ConfirmAsync(db, options, batchId, phone, request.PhoneCode, request.IdempotencyKey, clock.Now, cancellationToken);
        }

        return await IdempotentWrite.RunAsync(db, clock.Now, "FileObjection", caller, request.IdempotencyKey, request, ObjectionReceipt.Parser, async () =>
        {
            var batch = await OnNoticeAsync(batchId, cancellationToken);
            var record = await db.Set<TRecord>().AsNoTracking().Where(r => r.Id == recordId && r.BatchId == batchId).Select(r => new { r.Id, r.Region }).SingleOrDefaultAsync(cancellationToken)
                ?? throw DomainRuleException.NotFound("公示名单中的这一项", recordId);
            await RequireRoomAsync(batchId, objector, batch.Region, record.Id, cancellationToken);
            var now = clock.Now;
            var objection = new ObjectionRecord
            {
                Id = RecordIds.New(ObjectionModel.IdPrefix),
                BatchId = batchId,
                RecordId = record.Id,
                Region = record.Region,
                ReasonZh = reason,
                ContactPhone = phone,
                Objector = objector,
                FiledAt = now,
                NoticeUntil = batch.NoticeUntil,
                State = (int)ObjectionState.Open,
            };
            db.Set<ObjectionRecord>().Add(objection);
            var hold = new PaymentHoldRecord { RecordId = record.Id, SignalId = objection.Id, Region = record.Region, ReasonZh = Bounded("公示异议：" + reason) };
            hold.StampCreated(caller.Subject, now);
            db.Set<PaymentHoldRecord>().Add(hold);
            return new ObjectionReceipt
            {
                ObjectionId = objection.Id,
                FiledAt = Timestamp.FromDateTimeOffset(now),
                NextStepZh = $"{Places.ProperNameOf(record.Region)}人社部门将核实您反映的情况；核实之前，这一项暂不发放。",
            };
        }, cancellationToken);
    }

    private static string PhoneObjector(string phone) => "T:" + phone;

    /// <summary>The batch, while its notice lasts (NOT_FOUND, or FAILED_PRECONDITION outside its period).</summary>
    private async Task<PaymentBatchRecord> OnNoticeAsync(string batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Set<PaymentBatchRecord>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw DomainRuleException.NotFound("公示批次", batchId);
        var today = clock.Today;
        if (today < batch.NoticeFrom || today > batch.NoticeUntil)
        {
            throw DomainRuleException.NotAllowed(
                $"这一批的公示期为 {batch.NoticeFrom:yyyy-MM-dd} 至 {batch.NoticeUntil:yyyy-MM-dd}，现在不在公示期内。对已发放的补贴有异议，请向{Places.ProperNameOf(batch.Region)}人社部门反映或拨打 12333。");
        }

        return batch;
    }

    /// <summary>
    /// The objector has filed as many against the batch as one may (FAILED_PRECONDITION), or their own open objection to
    /// the line is still being looked into (ALREADY_EXISTS).
    /// </summary>
    private async Task RequireRoomAsync(string batchId, string objector, string region, string? recordId, CancellationToken cancellationToken)
    {
        var filed = await db.Set<ObjectionRecord>().AsNoTracking().Where(o => o.BatchId == batchId && o.Objector == objector)
            .Select(o => new { o.Id, o.RecordId, o.State }).ToListAsync(cancellationToken);
        var elsewhere = $"向{Places.ProperNameOf(region)}人社部门反映或拨打 12333";
        if (filed.Count >= options.MaxPerObjectorPerNotice)
        {
            throw DomainRuleException.NotAllowed($"对这一批公示，您已提出 {filed.Count} 条异议，已达每人上限（{options.MaxPerObjectorPerNotice} 条）；还有其他情况的，请{elsewhere}。");
        }

        if (filed.FirstOrDefault(o => o.RecordId == recordId && o.State == (int)ObjectionState.Open) is { } pending)
        {
            throw DomainRuleException.Exists($"您对这一项的异议（编号 {pending.Id}）正在核实，不必再次提交；需要补充情况的，请{elsewhere}。");
        }
    }

    /// <summary>The objections of the caller's region, newest first (open ones only when asked).</summary>
    public async Task<ListObjectionsResponse> ListAsync(ListObjectionsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prefix = RegionScope.Of(caller).CodePrefix;
        var open = (int)ObjectionState.Open;
        var rows = db.Set<ObjectionRecord>().AsNoTracking().Where(o => o.Region.StartsWith(prefix));
        if (request.OpenOnly)
        {
            rows = rows.Where(o => o.State == open);
        }

        var listed = await rows.OrderByDescending(o => o.Id).Take(Listed).ToListAsync(cancellationToken);
        var lines = listed.Select(o => o.RecordId).Distinct(StringComparer.Ordinal).ToList();
        var openOnLine = (await db.Set<ObjectionRecord>().AsNoTracking().Where(o => lines.Contains(o.RecordId) && o.State == open).Select(o => o.RecordId).ToListAsync(cancellationToken))
            .CountBy(r => r, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        // Those to one line together, the line of the newest objection first, so a clerk resolves them together.
        var grouped = listed.GroupBy(o => o.RecordId, StringComparer.Ordinal).SelectMany(g => g);
        var answer = new ListObjectionsResponse();
        answer.Objections.AddRange(grouped.Select(o => Answer(o, openOnLine.GetValueOrDefault(o.RecordId))));
        return answer;
    }

    /// <summary>Dismissed: the record's hold is released. Upheld: it stays, worded as upheld, for the clerk to act on the record.</summary>
    public Task<Objection> ResolveAsync(ResolveObjectionRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var id = PlainText.Reference(request.ObjectionId, "objection_id", 40, "异议编号");
        var resolution = PlainText.Check(request.ResolutionZh, "resolution_zh", ReasonMaxLength, "核实结果").Trim();
        return IdempotentWrite.RunAsync(db, clock.Now, "ResolveObjection", clerk, request.IdempotencyKey, request, Objection.Parser, async () =>
        {
            var objection = await db.Set<ObjectionRecord>().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound("公示异议", id);
            clerk.RequireVisible("公示异议", id, bankCode: null, objection.Region);
            await recusal.RequireUntiedAsync(clerk, $"公示异议（所涉{RecordWhat} {objection.RecordId}）", await SubjectsOfAsync(objection.RecordId, cancellationToken), cancellationToken);
            if (objection.State != (int)ObjectionState.Open)
            {
                throw DomainRuleException.NotAllowed($"公示异议 {id} 已于 {ChinaClock.DateOf(objection.ResolvedAt ?? objection.FiledAt):yyyy-MM-dd} 由 {objection.ResolvedBy} 处理，不能再次处理。");
            }

            var now = clock.Now;
            (objection.State, objection.ResolutionZh, objection.ResolvedBy, objection.ResolvedAt) =
                ((int)(request.Upheld ? ObjectionState.Upheld : ObjectionState.Dismissed), resolution, clerk.Subject, now);
            objection.Version++;
            var hold = await db.Set<PaymentHoldRecord>().SingleAsync(h => h.RecordId == objection.RecordId && h.SignalId == objection.Id, cancellationToken);
            if (request.Upheld)
            {
                hold.ReasonZh = Bounded("公示异议成立：" + resolution);
            }
            else
            {
                hold.Released = true;
            }

            hold.StampChanged(clerk.Subject, now);
            return Answer(objection);
        }, cancellationToken);
    }

    /// <param name="openOnLine">Open objections to the row's line, the row included when open.</param>
    public static Objection Answer(ObjectionRecord row, int openOnLine = 0)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Objection
        {
            OpenOnLine = openOnLine,
            ObjectorZh = row.Objector switch
            {
                var p when p.StartsWith("P:", StringComparison.Ordinal) => $"实名（登记编号 {p[2..]}）",
                var t when t.StartsWith("T:", StringComparison.Ordinal) => "已验证手机",
                _ => "",
            },
            ObjectionId = row.Id,
            BatchId = row.BatchId,
            RecordId = row.RecordId,
            Region = new RegionCode { Code = row.Region },
            State = (ObjectionState)row.State,
            ReasonZh = row.ReasonZh,
            ContactPhone = row.ContactPhone,
            FiledAt = Timestamp.FromDateTimeOffset(row.FiledAt),
            NoticeUntil = ProtoMapping.ToProto(row.NoticeUntil),
            ResolutionZh = row.ResolutionZh,
            ResolvedBy = row.ResolvedBy,
            ResolvedAt = row.ResolvedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        };
    }

    private static string Bounded(string text) => text.Length > ReasonMaxLength ? text[..(ReasonMaxLength - 1)] + "…" : text;
}
