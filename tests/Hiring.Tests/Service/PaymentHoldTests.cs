using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 稽核暂停发放 (焦政办〔2023〕36号 closing clause: 严肃查处骗取套取、虚报冒领): a risk signal an auditor confirmed
/// holds its claims out of payment batches and payment until it is released. Only the risk-signals service
/// (role service) sets a hold; a counter or an auditor cannot.
/// </summary>
public sealed class PaymentHoldTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly Metadata RiskService = TestCallers.Service("risk-signals");

    private static PaymentHoldRequest Hold(string signalId, bool hold, string region = "410800", params string[] claimIds) => new()
    {
        SignalId = signalId,
        Region = new RegionCode { Code = region },
        Hold = hold,
        ReasonZh = hold ? "同一账户为多名申请人收款，待核实" : "",
        RecordIds = { claimIds },
    };

    private Task<PaymentBatch> BatchAsync(string claimId) => host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Region = new RegionCode { Code = "410800" },
        RecordIds = { claimId },
    }, TestCallers.Counter()).ResponseAsync;

    [Fact(Timeout = 60_000)]
    public async Task A_held_claim_is_refused_a_payment_batch_naming_the_signal_and_why_until_the_signal_releases_it()
    {
        var claim = await host.ApprovedAbsorptionClaimAsync();

        var held = await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-1", hold: true, claimIds: claim.ClaimId), RiskService);
        var again = await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-1", hold: true, claimIds: claim.ClaimId), RiskService);
        var refused = await Assert.ThrowsAsync<RpcException>(() => BatchAsync(claim.ClaimId));
        var readWhileHeld = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());
        var released = await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-1", hold: false, claimIds: claim.ClaimId), RiskService);
        var batch = await BatchAsync(claim.ClaimId);

        Assert.Equal([claim.ClaimId], held.HeldRecordIds);
        Assert.Equal([claim.ClaimId], again.HeldRecordIds);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("S-hold-1", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("同一账户为多名申请人收款", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(released.HeldRecordIds);
        Assert.Equal([claim.ClaimId], batch.RecordIds);
        // The clerk reads the hold on the claim itself while it is in force.
        Assert.Equal("S-hold-1", readWhileHeld.PaymentHold.SignalId);
        Assert.Contains("同一账户为多名申请人收款", readWhileHeld.PaymentHold.ReasonZh, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_claim_held_after_batching_is_not_paid_when_the_notice_ends_and_two_signals_must_both_release_it()
    {
        var claim = await host.ApprovedAbsorptionClaimAsync();
        var batch = await BatchAsync(claim.ClaimId);
        await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-2a", hold: true, claimIds: claim.ClaimId), RiskService);
        await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-2b", hold: true, claimIds: claim.ClaimId), RiskService);
        await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-2a", hold: false, claimIds: claim.ClaimId), RiskService);
        var current = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, TestCallers.Counter());
        var payDay = host.Today.AddDays(HiringHost.SampleNoticeDays);
        RecordPaymentRequest Pay() => new()
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = claim.ClaimId,
            ExpectedVersion = current.Record.Version,
            Payment = new PaymentMade { PaidOn = HiringHost.Date(payDay), Amount = new Money { Fen = current.Total.Fen }, PaymentReference = "BF-" + Guid.NewGuid().ToString("N")[..8] },
        };
        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(HiringHost.SampleNoticeDays);

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Payments.RecordPaymentAsync(Pay(), TestCallers.Counter()).ResponseAsync);
        await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-2b", hold: false, claimIds: claim.ClaimId), RiskService);
        var paid = await host.Payments.RecordPaymentAsync(Pay(), TestCallers.Counter());
        var late = await host.Oversight.SetPaymentHoldAsync(Hold("S-hold-2c", hold: true, claimIds: claim.ClaimId), RiskService);

        Assert.Equal([claim.ClaimId], batch.RecordIds);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("S-hold-2b", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(SubsidyCaseStatus.Paid, paid.Status);
        Assert.Empty(late.HeldRecordIds);
        Assert.Equal([claim.ClaimId], late.AlreadyPaidRecordIds);
    }

    [Fact(Timeout = 60_000)]
    public async Task Only_the_risk_service_sets_a_hold_and_only_on_claims_of_the_signals_region()
    {
        var claim = await host.ApprovedAbsorptionClaimAsync();

        var byAuditor = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("S-hold-3", hold: true, claimIds: claim.ClaimId), TestCallers.Auditor()).ResponseAsync);
        var byCounter = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("S-hold-3", hold: true, claimIds: claim.ClaimId), TestCallers.Counter()).ResponseAsync);
        var otherRegion = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("S-hold-3", hold: true, region: "419001", claimIds: claim.ClaimId), RiskService).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("S-hold-3", hold: true, claimIds: "C-none"), RiskService).ResponseAsync);
        var none = await Assert.ThrowsAsync<RpcException>(() => host.Oversight.SetPaymentHoldAsync(Hold("S-hold-3", hold: true), RiskService).ResponseAsync);
        var batch = await BatchAsync(claim.ClaimId);

        Assert.Equal(StatusCode.PermissionDenied, byAuditor.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byCounter.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, otherRegion.StatusCode);
        Assert.Contains("419001", otherRegion.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, none.StatusCode);
        Assert.Contains("record_ids", none.Said(), StringComparison.Ordinal);
        Assert.Equal([claim.ClaimId], batch.RecordIds);
    }
}
