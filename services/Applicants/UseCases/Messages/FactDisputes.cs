using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.UseCases.Forms;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Materials;
using Employment.Persistence.Reviews;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.UseCases.Messages;

/// <summary>
/// 纠错: a person disputes a fact the registry holds about them, with what is wrong and evidence; it waits in the queue of
/// the clerks of their region with its 办结时限 (R3, <c>registry.fact_dispute.time_limit_working_days</c>) until a clerk
/// corrects the fact through the existing correction (the old value stays in the audit trail) and settles it, or
/// refuses it with a reason. The person is told in 我的办事 either way. Only the person disputes their own facts.
/// </summary>
internal sealed class FactDisputes(ApplicantsDbContext db, IMaterialStore materials, PolicyCatalog catalog, ChinaClock clock)
{
    /// <summary>The catalog's measure of the dispute's 办结时限.</summary>
    public const string Measure = "registry.fact_dispute";

    private const string DisputeZh = "纠错申请";

    /// <summary>证明材料: any PDF, JPEG or PNG up to the contract's limit on one file.</summary>
    private static readonly MaterialItem Evidence = new("evidence", "证明材料", false, Policy.Loading.CatalogLoader.MaterialFileTypes, Policy.Loading.CatalogLoader.MaterialMaxKb * 1024L, "");

    public async Task<FactDispute> DisputeAsync(WriteRequest write, DisputeFactRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        var person = RegionScope.Of(write.Caller).OwnPersonId ?? throw RpcErrors.Denied("只有实名登录的本人可以对自己的登记信息申请纠错。 (a person's own facts)");
        RequestKeys.RequireId(request.FactId, "fact_id", "登记信息编号");
        var factId = request.FactId.Trim();
        var said = PlainText.Check(request.WhatIsWrongZh, "what_is_wrong_zh", 500, "有误之处", required: true);
        var evidence = MaterialIntake.Check(request.Evidence, [Evidence], "evidence");
        return await IdempotentWrite.RunAsync(db, clock.Now, "DisputeFact", write.Caller, write.IdempotencyKey, write.Message, FactDispute.Parser, async () =>
        {
            // Anyone else's fact is the NOT_FOUND of no such fact.
            var fact = await db.Facts.AsNoTracking().SingleOrDefaultAsync(f => f.Id == factId && f.SubjectType == SubjectTypes.Person && f.SubjectId == person, cancellationToken)
                ?? throw DomainRuleException.NotFound("登记信息", factId);
            if (fact.Superseded)
            {
                throw DomainRuleException.NotAllowed("这条登记信息已经更正或撤销，不需要再申请纠错。");
            }

            if (await db.FactDisputes.AsNoTracking().FirstOrDefaultAsync(d => d.OpenFactId == factId, cancellationToken) is { } waiting)
            {
                throw DomainRuleException.Exists($"这条登记信息已于 {ChinaClock.DateOf(waiting.FiledAt):yyyy-MM-dd} 申请纠错（编号 {waiting.Id}），正在处理。");
            }

            var owner = await db.People.AsNoTracking().SingleAsync(p => p.Id == person, cancellationToken);
            var shown = ToProtoFact(fact);
            var record = new FactDisputeRecord
            {
                Id = RecordIds.New("D"),
                FactId = fact.Id,
                OpenFactId = fact.Id,
                PersonId = person,
                Region = owner.ResidenceRegion.Length > 0 ? owner.ResidenceRegion : owner.HouseholdRegion,
                FactKindZh = KindZh(shown.Kind),
                FactSummaryZh = SummaryZh(shown),
                WhatIsWrongZh = said,
                FiledAt = clock.Now,
                Channel = (int)Channel.Online,
                State = (int)FactDisputeState.Open,
            };
            db.FactDisputes.Add(record);
            var files = materials.Add(record.Id, evidence, write.Caller, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            var answer = Answer(record, owner.Name, clock.Today);
            answer.Evidence.AddRange(files);
            return answer;
        }, cancellationToken);
    }

    public async Task<ListFactDisputesResponse> ListAsync(ListFactDisputesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = RegionScope.Of(caller);
        var rows = db.FactDisputes.AsNoTracking();
        if (scope.OwnPersonId is { } own)
        {
            rows = rows.Where(d => d.PersonId == own);
        }
        else
        {
            var state = (int)FactDisputeState.Open;
            rows = request.Settled ? rows.Where(d => d.State != state) : rows.Where(d => d.State == state);
            rows = rows.Where(d => d.Region.StartsWith(scope.CodePrefix));
        }

        // The queue oldest first, so the one nearest its limit leads; a person's own and the settled newest first.
        var oldestFirst = scope.OwnPersonId is null && !request.Settled;
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        rows = oldestFirst
            ? rows.Where(d => string.Compare(d.Id, after) > 0).OrderBy(d => d.Id)
            : rows.Where(d => after.Length == 0 || string.Compare(d.Id, after) < 0).OrderByDescending(d => d.Id);
        var read = await rows.Take(Pages.FetchCount(size)).ToListAsync(cancellationToken);
        var (page, next) = Pages.Take(read, size, d => scope.Shows(RecordOwner.Person(d.PersonId), d.Region), d => d.Id);
        var people = page.Select(d => d.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var files = await materials.ListAsync([.. page.Select(d => d.Id)], cancellationToken);
        var answer = new ListFactDisputesResponse { Page = next };
        foreach (var dispute in page)
        {
            var shown = Answer(dispute, names.GetValueOrDefault(dispute.PersonId, ""), clock.Today);
            shown.Evidence.AddRange(files.GetValueOrDefault(dispute.Id, []));
            answer.Disputes.Add(shown);
        }

        return answer;
    }

    /// <summary>One file of a dispute, to whoever may read the dispute (NOT_FOUND otherwise, as for no such file).</summary>
    public async Task<MaterialContent> EvidenceAsync(GetFactDisputeEvidenceRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.DisputeId, "dispute_id", "纠错申请编号");
        RequestKeys.RequireId(request.MaterialId, "material_id", "材料编号");
        var id = request.DisputeId.Trim();
        var dispute = await db.FactDisputes.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw DomainRuleException.NotFound(DisputeZh, id);
        RegionScope.Of(caller).Visible(dispute, DisputeZh, id, RecordOwner.Person(dispute.PersonId), dispute.Region);
        return await materials.GetAsync(id, request.MaterialId.Trim(), cancellationToken) ?? throw DomainRuleException.NotFound("证明材料", request.MaterialId.Trim());
    }

    public async Task<FactDispute> SettleAsync(WriteRequest write, SettleFactDisputeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.DisputeId, "dispute_id", "纠错申请编号");
        var id = request.DisputeId.Trim();
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", 500, request.Corrected ? "更正情况" : "不予更正的理由", required: !request.Corrected);
        return await IdempotentWrite.RunAsync(db, clock.Now, "SettleFactDispute", write.Caller, write.IdempotencyKey, write.Message, FactDispute.Parser, async () =>
        {
            var dispute = await db.FactDisputes.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw DomainRuleException.NotFound(DisputeZh, id);
            RegionScope.Of(write.Caller).Visible(dispute, DisputeZh, id, RecordOwner.Person(dispute.PersonId), dispute.Region);
            if ((FactDisputeState)dispute.State != FactDisputeState.Open)
            {
                throw DomainRuleException.NotAllowed($"这份纠错申请已于 {ChinaClock.DateOf(dispute.SettledAt ?? dispute.FiledAt):yyyy-MM-dd} 处理完毕。");
            }

            var fact = await db.Facts.AsNoTracking().SingleAsync(f => f.Id == dispute.FactId, cancellationToken);
            if (request.Corrected && !fact.Superseded)
            {
                throw DomainRuleException.NotAllowed("这条登记信息还没有更正：请先在该人员的登记信息中更正或撤销它（原值记入变更记录），再办结纠错。");
            }

            var now = clock.Now;
            (dispute.State, dispute.SettledZh, dispute.SettledBy, dispute.SettledAt, dispute.OpenFactId) =
                ((int)(request.Corrected ? FactDisputeState.Corrected : FactDisputeState.Refused), reason, write.Actor, now, null);
            db.Messages.Add(new MessageRecord
            {
                Id = RecordIds.New("N"),
                Sender = "applicants",
                SenderMessageId = "dispute-" + dispute.Id,
                PersonId = dispute.PersonId,
                RecordId = dispute.Id,
                KindZh = DisputeZh,
                Step = request.Corrected ? "FACT_CORRECTED" : "FACT_REFUSED",
                TitleZh = request.Corrected ? "登记信息已更正" : "不予更正",
                BodyZh = IdMasking.MaskIdNumbersIn(request.Corrected
                    ? $"您对“{dispute.FactKindZh}”的纠错申请（编号 {dispute.Id}）已办结：登记信息已更正。{(reason.Length > 0 ? ClerkText.Clause(reason) + "。" : "")}因这项信息未获批准、尚未发放的申请，可以在网上办事重新申请，表中信息按更正后的登记自动填写。"
                    : $"您对“{dispute.FactKindZh}”的纠错申请（编号 {dispute.Id}）不予更正：{ClerkText.Clause(reason)}。如有新的证明材料，可以再次申请纠错，或到人社窗口咨询。"),
                At = now,
                ReceivedAt = now,
            });
            var name = await db.People.AsNoTracking().Where(p => p.Id == dispute.PersonId).Select(p => p.Name).SingleAsync(cancellationToken);
            var answer = Answer(dispute, name, clock.Today);
            answer.Evidence.AddRange((await materials.ListAsync([dispute.Id], cancellationToken)).GetValueOrDefault(dispute.Id, []));
            return answer;
        }, cancellationToken);
    }

    private FactDispute Answer(FactDisputeRecord record, string name, DateOnly today)
    {
        var answer = new FactDispute
        {
            DisputeId = record.Id,
            FactId = record.FactId,
            PersonId = record.PersonId,
            PersonName = name,
            FactKindZh = record.FactKindZh,
            FactSummaryZh = record.FactSummaryZh,
            WhatIsWrongZh = record.WhatIsWrongZh,
            FiledAt = Timestamp.FromDateTimeOffset(record.FiledAt),
            Channel = (Channel)record.Channel,
            State = (FactDisputeState)record.State,
            SettledZh = record.SettledZh,
            SettledBy = record.SettledBy,
            SettledAt = record.SettledAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            Region = new RegionCode { Code = record.Region },
        };
        if (record.State == (int)FactDisputeState.Open && record.Region.Length > 0)
        {
            answer.TimeLimit = DecisionTimeLimits.Of(catalog, Measure, Region.Parse(record.Region), ChinaClock.DateOf(record.FiledAt), today);
        }

        return answer;
    }

    private static PersonFact ToProtoFact(FactRecord fact) => PersonFact.Parser.ParseFrom(fact.Payload);

    private static string KindZh(PersonFactKind kind) => FactFormWording.PersonKinds.TryGetValue(kind, out var wording) ? wording.NameZh : "登记信息";

    /// <summary>The fact as the queue shows it: its period and who vouches for it.</summary>
    private static string SummaryZh(PersonFact fact)
    {
        var from = fact.Period?.From is { Year: > 0 } f ? $"{f.Year:0000}-{f.Month:00}-{f.Day:00}" : "";
        var until = fact.Period?.Until is { Year: > 0 } u ? $"{u.Year:0000}-{u.Month:00}-{u.Day:00}" : "";
        var period = from.Length > 0 ? $"{from} 至 {(until.Length > 0 ? until : "今")}" : "";
        return string.Join("，", new[] { period, fact.Authority }.Where(p => p.Length > 0));
    }
}
