using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 公示 and 公示异议 over real gRPC on PostgreSQL: the batches on notice in a region are public with every line masked and
/// naming its claim; anyone objects to one line with a reason while the notice lasts, which holds that claim alone from
/// payment (the rest of the batch is paid when the notice ends); a clerk of the region dismisses it (the claim is paid)
/// or upholds it (it stays held); another region's clerk sees none of it.
/// </summary>
public sealed class ObjectionTests(HiringHost host) : IClassFixture<HiringHost>
{

    private async Task<(PaymentBatch Batch, HiringClaim First, HiringClaim Second)> BatchOfTwoAsync(string names)
    {
        var first = await host.ApprovedAbsorptionClaimAsync($"{names}甲有限公司");
        var second = await host.ApprovedAbsorptionClaimAsync($"{names}乙有限公司");
        var batch = await host.Hiring.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            ClaimIds = { first.ClaimId, second.ClaimId },
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

    private async Task<HiringClaim> PayAsync(string claimId)
    {
        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claimId }, TestCallers.Counter());
        return await host.Hiring.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ClaimId = claimId,
            ExpectedVersion = current.Record.Version,
            Payment = new Payment { PaidOn = HiringHost.Date(host.Today), Amount = current.Total, PaymentReference = "BF-" + Guid.NewGuid().ToString("N")[..8] },
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

        var notices = await host.Hiring.ListPaymentNoticesAsync(new ListPaymentNoticesRequest { Region = new RegionCode { Code = "410800" } }, TestCallers.Public());
        var notice = Assert.Single(notices.Notices, n => n.BatchId == batch.BatchId);
        Assert.Equal([objected.ClaimId, other.ClaimId], notice.Entries.Select(e => e.RecordId).Order(StringComparer.Ordinal));
        Assert.All(notice.Entries, e => Assert.Matches("^410823\\*{8}[0-9X]{4}$", e.IdNumberMasked));

        var receipt = await host.Hiring.FileObjectionAsync(Objection(batch.BatchId, objected.ClaimId), TestCallers.Public());
        var shown = await host.Hiring.GetPaymentNoticeAsync(new GetPaymentBatchRequest { BatchId = batch.BatchId }, TestCallers.Public());
        var tooShort = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.FileObjectionAsync(Objection(batch.BatchId, other.ClaimId, "不对"), TestCallers.Public()).ResponseAsync);
        var notInBatch = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.FileObjectionAsync(Objection(batch.BatchId, "H-not-in-it"), TestCallers.Public()).ResponseAsync);
        var jiyuan = await host.Hiring.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter("419001"));
        var open = Assert.Single((await host.Hiring.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, TestCallers.Counter())).Objections, o => o.ObjectionId == receipt.ObjectionId);

        Assert.StartsWith("Y", receipt.ObjectionId, StringComparison.Ordinal);
        Assert.Contains("暂不发放", receipt.NextStepZh, StringComparison.Ordinal);
        Assert.Equal([true, false], shown.Entries.OrderBy(e => e.RecordId == objected.ClaimId ? 0 : 1).Select(e => e.Objected));
        Assert.Equal(StatusCode.InvalidArgument, tooShort.StatusCode);
        Assert.Equal(StatusCode.NotFound, notInBatch.StatusCode);
        Assert.Empty(jiyuan.Objections);
        Assert.Equal((objected.ClaimId, ObjectionState.Open, "13900000000"), (open.RecordId, open.State, open.ContactPhone));

        // The notice ends: the rest of the batch is paid, the objected line is not.
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var late = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.FileObjectionAsync(Objection(batch.BatchId, other.ClaimId), TestCallers.Public()).ResponseAsync);
        var paidOther = await PayAsync(other.ClaimId);
        var held = await Assert.ThrowsAsync<RpcException>(() => PayAsync(objected.ClaimId));

        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
        Assert.Equal(ClaimStatus.Paid, paidOther.Status);
        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains("公示期间收到异议", held.Status.Detail, StringComparison.Ordinal);

        var resolved = await host.Hiring.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: false, "经核查社保缴费和考勤记录，此人在该单位实际工作，异议不成立。"), TestCallers.Counter(clerk: "clerk-objections"));
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: true, "再次处理"), TestCallers.Counter()).ResponseAsync);
        var paid = await PayAsync(objected.ClaimId);

        Assert.Equal((ObjectionState.Dismissed, "clerk-objections"), (resolved.State, resolved.ResolvedBy));
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(ClaimStatus.Paid, paid.Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_upheld_objection_keeps_its_claim_from_payment_and_another_regions_clerk_cannot_resolve_it()
    {
        host.SetToday(new DateOnly(2026, 4, 1));
        var (batch, objected, _) = await BatchOfTwoAsync("焦作异议成立示例");
        var receipt = await host.Hiring.FileObjectionAsync(Objection(batch.BatchId, objected.ClaimId), TestCallers.Public());

        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: false, "不成立"), TestCallers.Counter("419001")).ResponseAsync);
        await host.Hiring.ResolveObjectionAsync(Resolve(receipt.ObjectionId, upheld: true, "经核查，此人为挂名参保，异议成立，需重新审核。"), TestCallers.Counter());
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var held = await Assert.ThrowsAsync<RpcException>(() => PayAsync(objected.ClaimId));

        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Contains("公示异议成立", held.Status.Detail, StringComparison.Ordinal);
    }
}
