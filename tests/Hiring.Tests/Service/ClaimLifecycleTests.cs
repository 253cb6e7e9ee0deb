using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// A claim at the counter over real gRPC on PostgreSQL: taken once however often it is retried, decided
/// item by item on the version the clerk read, put on public notice (公示, R3) with people masked, then paid.
/// </summary>
public sealed class ClaimLifecycleTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    private static DecideClaimItemRequest Decide(HiringClaim claim, int itemNo, bool approve, string reason = "", long? version = null) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ClaimId = claim.ClaimId,
        ExpectedVersion = version ?? claim.Record.Version,
        ItemNo = itemNo,
        Approve = approve,
        ReasonZh = reason,
    };

    [Fact(Timeout = 60_000)]
    public async Task A_retried_submission_with_the_same_key_gets_the_first_answer_and_stores_one_claim()
    {
        var employer = await host.EmployerAsync();
        var request = Of(SubsidyKind.JobExpansion, employer, Hire(await host.YouthHiredByAsync(employer, Hired), Hired));

        var first = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var retried = await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter());
        var listed = await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = employer } }, TestCallers.Counter());
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = first.ClaimId }, TestCallers.Counter());

        // Everything but the 查询码, which only the first answer tells.
        Assert.Equal(ClaimProgressTests.WithoutCode(first), retried);
        Assert.Equal(first.ClaimId, Assert.Single(listed.Claims).ClaimId);
        Assert.Equal(ClaimProgressTests.WithoutCode(first), ClaimProgressTests.AsWritten(read));
        // 办结时限 counts from the claim's 受理日期 (R31), not the day it was entered.
        Assert.Equal(first.ReceivedOn, read.TimeLimit.ReceivedOn);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_decision_on_a_stale_version_is_ABORTED_and_a_rejection_needs_a_reason()
    {
        var employer = await host.EmployerAsync();
        var claim = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, employer,
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired),
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired)), TestCallers.Counter());

        var noReason = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.DecideClaimItemAsync(Decide(claim, 1, approve: false), TestCallers.Counter()).ResponseAsync);
        var afterFirst = await host.Hiring.DecideClaimItemAsync(Decide(claim, 1, approve: true), TestCallers.Counter());
        var stale = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.DecideClaimItemAsync(Decide(claim, 2, approve: true), TestCallers.Counter()).ResponseAsync);
        var twice = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.DecideClaimItemAsync(Decide(afterFirst, 1, approve: false, "重复审核"), TestCallers.Counter()).ResponseAsync);
        var done = await host.Hiring.DecideClaimItemAsync(Decide(afterFirst, 2, approve: false, "未按月足额缴费"), TestCallers.Counter());

        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Contains("reason_zh", noReason.Said(), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Submitted, afterFirst.Status);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(ClaimStatus.Approved, done.Status);
        Assert.Equal(100_000, done.Total.Fen);
        Assert.Equal([ClaimStatus.Approved, ClaimStatus.Rejected], done.Items.Select(i => i.Status));
        Assert.Equal("未按月足额缴费", done.Items[1].DecisionReasonZh);
    }

    [Fact(Timeout = 60_000)]
    public async Task R3_approved_claims_go_on_public_notice_for_the_configured_days_with_people_masked_then_are_paid_once_it_ends()
    {
        var counter = TestCallers.Counter();
        var employer = await host.EmployerAsync(name: "焦作示例食品有限公司");
        var submitted = await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.Absorption, employer,
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired),
            Hire(await host.YouthHiredByAsync(employer, Hired), Hired)), counter);
        var half = await host.Hiring.DecideClaimItemAsync(Decide(submitted, 1, approve: true), counter);
        var approved = await host.Hiring.DecideClaimItemAsync(Decide(half, 2, approve: true), counter);
        var today = host.Today;

        var batch = await host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { approved.ClaimId },
        }, counter);
        var notice = await host.Payments.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId }, TestCallers.Public());

        Assert.Equal(HiringHost.Date(today), batch.NoticeFrom);
        Assert.Equal(HiringHost.Date(today.AddDays(HiringHost.SampleNoticeDays - 1)), batch.NoticeUntil);
        Assert.Equal(200_000, batch.Total.Fen);
        Assert.Equal("R3", batch.NoticePeriod.RulingId);
        Assert.Equal(2, notice.Lines.Count);
        Assert.All(notice.Lines, e =>
        {
            Assert.Equal("招***人", e.NameMasked);
            Assert.Matches("^410823\\*{8}[0-9X]{4}$", e.IdNumberMasked);
            Assert.Equal("焦作示例食品有限公司", e.EmployerName);
            Assert.Contains("******", e.EmployerCreditCodeMasked, StringComparison.Ordinal);
            Assert.Equal("一次性吸纳就业补贴", e.KindZh);
            Assert.Equal(100_000, e.Amount.Fen);
        });

        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = approved.ClaimId }, counter);
        Assert.Equal(batch.BatchId, current.BatchId);
        RecordPaymentRequest Pay(DateOnly day, long fen) => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = current.ClaimId,
            ExpectedVersion = current.Record.Version,
            Payment = new PaymentMade { PaidOn = HiringHost.Date(day), Amount = new Money { Fen = fen }, PaymentReference = "BF-" + Guid.NewGuid().ToString("N")[..8] },
        };
        var early = await Assert.ThrowsAsync<RpcException>(() => host.Payments.RecordPaymentAsync(Pay(today, 200_000), counter).ResponseAsync);

        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);
        var payDay = host.Today;
        var wrongAmount = await Assert.ThrowsAsync<RpcException>(() => host.Payments.RecordPaymentAsync(Pay(payDay, 100_000), counter).ResponseAsync);
        var paid = await host.Payments.RecordPaymentAsync(Pay(payDay, 200_000), counter);

        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, wrongAmount.StatusCode);
        Assert.Contains("payment.amount", wrongAmount.Said(), StringComparison.Ordinal);
        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
        Assert.Equal(HiringHost.Date(payDay), paid.Payment.PaidOn);
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = current.ClaimId }, counter);
        Assert.Equal(ClaimStatus.Paid, read.Status);
        Assert.All(read.Items, i => Assert.Equal(ClaimStatus.Paid, i.Status));
    }
}
