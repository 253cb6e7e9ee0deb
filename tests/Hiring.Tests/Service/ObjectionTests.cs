using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 公示 and 公示异议 over real gRPC on PostgreSQL: the batches on notice in a region are public with every line masked and
/// naming its claim; a signed-in person objects to one line with a reason while the notice lasts, which holds that claim
/// alone from payment (the rest of the batch is paid when the notice ends); a clerk of the region dismisses it (the claim
/// is paid) or upholds it (it stays held); another region's clerk sees none of it. Without signing in, an objector confirms
/// a mobile phone with a texted code; one objector has one open objection to a line and at most the configured number to a
/// batch; the clerk reads the objections to one line together.
/// </summary>
public sealed class ObjectionTests(HiringHost host) : IClassFixture<HiringHost>
{
    /// <summary>A signed-in person objecting: no texted code is asked of them.</summary>
    private static readonly Metadata Objector = TestCallers.Person("P-objector-1");

    private async Task<(PaymentBatch Batch, HiringClaim First, HiringClaim Second)> BatchOfTwoAsync(string names)
    {
        var first = await host.ApprovedAbsorptionClaimAsync($"{names}甲有限公司");
        var second = await host.ApprovedAbsorptionClaimAsync($"{names}乙有限公司");
        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { first.ClaimId, second.ClaimId },
        }, TestCallers.Counter());
        return (batch, first, second);
    }

    private static FileObjectionRequest Objection(string batchId, string recordId, string reason = "此人从未在该单位上班，是挂名参保。") => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        BatchId = batchId,
        RecordId = recordId,
        ReasonZh = reason,
        ContactPhone = "13900000000",
    };

    private async Task<SubsidyCase> PayAsync(string claimId)
    {
        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claimId }, TestCallers.Counter());
        return await host.Payments.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = claimId,
            ExpectedVersion = current.Record.Version,
            Payment = new PaymentMade { PaidOn = HiringHost.Date(host.Today), Amount = current.Total, PaymentReference = "BF-" + Guid.NewGuid().ToString("N")[..8] },
        }, TestCallers.Counter());
    }

    private static ResolveObjectionRequest Resolve(string objectionId, bool upheld, string finding) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ObjectionId = objectionId,
        Upheld = upheld,
        ResolutionZh = finding,
    };

    [Fact(Timeout = 120_000)]
    public async Task An_objection_during_the_notice_holds_its_line_alone_and_once_dismissed_the_claim_is_paid()
    {
        host.SetToday(new DateOnly(2026, 3, 2));
        var (batch, objected, other) = await BatchOfTwoAsync("焦作公示异议示例");

        var notices = await host.Payments.ListPaymentNoticesAsync(new ListPaymentNoticesRequest { Region = new RegionCode { Code = "410800" } }, TestCallers.Public());
        var notice = Assert.Single(notices.Notices, n => n.BatchId == batch.BatchId);
        Assert.Equal([objected.ClaimId, other.ClaimId], notice.Lines.Select(e => e.RecordId).Order(StringComparer.Ordinal));
        Assert.All(notice.Lines, e => Assert.Matches("^410823\\*{8}[0-9X]{4}$", e.IdNumberMasked));

        var receipt = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, objected.ClaimId), Objector);
        var shown = await host.Payments.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId }, TestCallers.Public());
        var tooShort = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(Objection(batch.BatchId, other.ClaimId, "不对"), Objector).ResponseAsync);
        var notInBatch = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(Objection(batch.BatchId, "H-not-in-it"), Objector).ResponseAsync);
        var jiyuan = await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter("419001"));
        var open = Assert.Single((await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter())).Objections, o => o.ObjectionId == receipt.ObjectionId);

        Assert.StartsWith("Y", receipt.ObjectionId, StringComparison.Ordinal);
        Assert.Contains("暂不发放", receipt.NextStepZh, StringComparison.Ordinal);
        Assert.Equal([true, false], shown.Lines.OrderBy(e => e.RecordId == objected.ClaimId ? 0 : 1).Select(e => e.Objected));
        Assert.Equal(StatusCode.InvalidArgument, tooShort.StatusCode);
        Assert.Equal(StatusCode.NotFound, notInBatch.StatusCode);
        Assert.Empty(jiyuan.Objections);
        Assert.Equal((objected.ClaimId, ObjectionState.Open, "13900000000"), (open.RecordId, open.State, open.ContactPhone));

        // The notice ends: the rest of the batch is paid, the objected line is not.
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(Objection(batch.BatchId, other.ClaimId), Objector).ResponseAsync);
        var paidOther = await PayAsync(other.ClaimId);
        var held = await Assert.ThrowsAsync<RpcException>(() => PayAsync(objected.ClaimId));

        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Equal(SubsidyCaseStatus.Paid, paidOther.Status);
        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains("公示期间收到异议", held.Status.Detail, StringComparison.Ordinal);

        var resolved = await host.Payments.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: false, "经核查社保缴费和考勤记录，此人在该单位实际工作，异议不成立。"), TestCallers.Counter(clerk: "clerk-objections"));
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Payments.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: true, "再次处理"), TestCallers.Counter()).ResponseAsync);
        var paid = await PayAsync(objected.ClaimId);

        Assert.Equal((ObjectionState.Dismissed, "clerk-objections"), (resolved.State, resolved.ResolvedBy));
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_upheld_objection_keeps_its_claim_from_payment_and_another_regions_clerk_cannot_resolve_it()
    {
        host.SetToday(new DateOnly(2026, 4, 1));
        var (batch, objected, _) = await BatchOfTwoAsync("焦作异议成立示例");
        var receipt = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, objected.ClaimId), Objector);

        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Payments.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: false, "不成立"), TestCallers.Counter("419001")).ResponseAsync);
        await host.Payments.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: true, "经核查，此人为挂名参保，异议成立，需重新审核。"), TestCallers.Counter());
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var held = await Assert.ThrowsAsync<RpcException>(() => PayAsync(objected.ClaimId));

        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Contains("公示异议成立", held.Status.Detail, StringComparison.Ordinal);
    }

    private Task<ObjectionCodeSent> CodeAsync(string batchId, string phone) =>
        host.Payments.RequestObjectionCodeAsync(new RequestObjectionCodeRequest { BatchId = batchId, Phone = phone }, TestCallers.Public()).ResponseAsync;

    private static FileObjectionRequest ByPhone(string batchId, string recordId, string phone, string code) =>
        new(Objection(batchId, recordId)) { ContactPhone = phone, PhoneCode = code };

    [Fact(Timeout = 120_000)]
    public async Task Without_signing_in_an_objector_confirms_a_mobile_phone_with_the_code_texted_to_it_and_wrong_entries_spend_the_code()
    {
        host.SetToday(new DateOnly(2026, 5, 4));
        var (batch, objected, _) = await BatchOfTwoAsync("焦作短信验证示例");
        const string phone = "13912345601";

        var noPhone = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(ByPhone(batch.BatchId, objected.ClaimId, "", ""), TestCallers.Public()).ResponseAsync);
        var noCode = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(ByPhone(batch.BatchId, objected.ClaimId, phone, ""), TestCallers.Public()).ResponseAsync);
        var sent = await CodeAsync(batch.BatchId, phone);
        var tooSoon = await Assert.ThrowsAsync<RpcException>(() => CodeAsync(batch.BatchId, phone));
        var code = host.LastCodeTo(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        var refusals = new List<RpcException>();
        for (var i = 0; i < 5; i++)
        {
            refusals.Add(await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(ByPhone(batch.BatchId, objected.ClaimId, phone, wrong), TestCallers.Public()).ResponseAsync));
        }

        var spent = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(ByPhone(batch.BatchId, objected.ClaimId, phone, code), TestCallers.Public()).ResponseAsync);
        host.Clock.UtcNow = host.Clock.UtcNow.AddMinutes(2);
        await CodeAsync(batch.BatchId, phone);
        var request = ByPhone(batch.BatchId, objected.ClaimId, phone, host.LastCodeTo(phone));
        var receipt = await host.Payments.FileObjectionAsync(request, TestCallers.Public());
        var retried = await host.Payments.FileObjectionAsync(request, TestCallers.Public());
        var open = Assert.Single((await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter())).Objections, o => o.ObjectionId == receipt.ObjectionId);

        Assert.Equal((StatusCode.InvalidArgument, true), (noPhone.StatusCode, noPhone.Said().Contains("contact_phone", StringComparison.Ordinal)));
        Assert.Contains("登录后提交则不需要", noPhone.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((StatusCode.InvalidArgument, true), (noCode.StatusCode, noCode.Said().Contains("phone_code", StringComparison.Ordinal)));
        Assert.Contains("139****5601", sent.NextStepZh, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, tooSoon.StatusCode);
        Assert.Equal(["还可以再试 4 次", "还可以再试 3 次", "还可以再试 2 次", "还可以再试 1 次", "已失效"],
            refusals.Select(r => new[] { "还可以再试 4 次", "还可以再试 3 次", "还可以再试 2 次", "还可以再试 1 次", "已失效" }.Single(t => r.Status.Detail.Contains(t, StringComparison.Ordinal))));
        Assert.Contains("已失效或已用过", spent.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(receipt, retried);
        Assert.Equal(("已验证手机", phone), (open.ObjectorZh, open.ContactPhone));
    }

    [Fact(Timeout = 120_000)]
    public async Task One_objector_has_one_open_objection_to_a_line_and_at_most_the_configured_number_to_a_batch_and_the_clerk_reads_a_lines_together()
    {
        host.SetToday(new DateOnly(2026, 6, 1));
        var (batch, first, second) = await BatchOfTwoAsync("焦作异议上限示例");
        var person = TestCallers.Person("P-bounded-objector");

        var filed = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, first.ClaimId), person);
        var again = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(Objection(batch.BatchId, first.ClaimId), person).ResponseAsync);
        var another = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, first.ClaimId), TestCallers.Person("P-bounded-other"));
        await host.Payments.ResolveObjectionAsync(Resolve(filed.ObjectionId, upheld: false, "经核查，异议不成立。"), TestCallers.Counter());
        var afterResolved = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, first.ClaimId, "补充：此人的劳动合同是补签的，日期不实。"), person);
        var third = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, second.ClaimId), person);
        var overLimit = await Assert.ThrowsAsync<RpcException>(() => host.Payments.FileObjectionAsync(Objection(batch.BatchId, second.ClaimId, "再补充一条不同的理由。"), TestCallers.Person("P-bounded-objector")).ResponseAsync);
        var listed = (await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter())).Objections
            .Where(o => o.BatchId == batch.BatchId).ToList();

        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.Contains($"编号 {filed.ObjectionId}", again.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, overLimit.StatusCode);
        Assert.Contains("已达每人上限（3 条）", overLimit.Status.Detail, StringComparison.Ordinal);
        Assert.Equal([third.ObjectionId, afterResolved.ObjectionId, another.ObjectionId], listed.Select(o => o.ObjectionId));
        Assert.Equal([1, 2, 2], listed.Select(o => o.OpenOnLine));
        Assert.Equal("实名（登记编号 P-bounded-objector）", listed[0].ObjectorZh);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_clerk_acting_for_the_objected_claims_employer_may_not_resolve_the_objection()
    {
        host.SetToday(new DateOnly(2026, 7, 1));
        var (batch, objected, _) = await BatchOfTwoAsync("焦作异议回避示例");
        var receipt = await host.Payments.FileObjectionAsync(Objection(batch.BatchId, objected.ClaimId), Objector);
        var employer = await host.Registry.GetEmployerAsync(new Employment.Applicants.V1.GetEmployerRequest { Employer = objected.Employer }, TestCallers.Counter());
        var clerk = await StaffRecords.GiveStaffIdAsync(host.Registry, await host.YouthHiredByAsync(await host.EmployerAsync(), new DateOnly(2023, 7, 1)), "JZ-OBJECTION-AGENT");
        await host.Registry.GrantEmployerAgentAsync(new Employment.Applicants.V1.GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = employer.EmployerId,
            Agent = new PersonKey { PersonId = clerk.PersonId },
            ValidFrom = new CalendarDate { Year = 2020, Month = 1, Day = 1 },
            LetterReference = "授权书-异议回避",
        }, TestCallers.Counter());

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            host.Payments.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: false, "不成立"), TestCallers.Counter(clerk: "JZ-OBJECTION-AGENT")).ResponseAsync);
        var still = Assert.Single((await host.Payments.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter())).Objections, o => o.ObjectionId == receipt.ObjectionId);

        RecusalRefusal.AssertSays(refused, $"不能办理此公示异议（所涉就业补贴申请 {objected.ClaimId}）：经办人是所涉单位");
        Assert.Equal(ObjectionState.Open, still.State);
    }
}
