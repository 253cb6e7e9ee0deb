using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Hiring.V1;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>The hiring service's payments: its approved claims, batches, notice and payments.</summary>
public sealed class HiringPayments(ServiceCalls calls, Apply.ApplicationDesks desks, SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
    : PaymentDesk(calls, desks, payments)
{
    public override string Name => Apply.HiringDesk.DeskName;

    protected override string Service => PlatformServices.Hiring;

    public override string ServiceZh => "就业补贴";

    public override string DecisionPathOf(string reference) => Decide.HiringDecisionView.PathOf(reference);

    public override async Task<ServiceAnswer<IReadOnlyList<PayableItem>>> ApprovedAsync(CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var read = await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, ListClaimsResponse>(ServiceZh,
            (client, options) => client.ListClaimsAsync(new ListClaimsRequest { Status = ClaimStatus.Approved, Page = new PageRequest { PageSize = Queue.QueueReads.PageSize }, WithoutExplanations = true }, options).ResponseAsync,
            cancellationToken);
        return Map<ListClaimsResponse, IReadOnlyList<PayableItem>>(read, page => [.. page.Claims.Select(c => Item(c, names))]);
    }

    public override async Task<ServiceAnswer<PayableItem>> ItemAsync(string reference, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>(ServiceZh,
            (client, options) => client.GetClaimAsync(new GetClaimRequest { ClaimId = reference }, options).ResponseAsync, cancellationToken), c => Item(c, names));
    }

    public override async Task<ServiceAnswer<string>> CreateBatchAsync(IReadOnlyList<string> references, string region, string idempotencyKey, CancellationToken cancellationToken) =>
        Map(await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, PaymentBatch>(ServiceZh,
            (client, options) => client.CreatePaymentBatchAsync(new CreatePaymentBatchRequest { IdempotencyKey = idempotencyKey, Region = new RegionCode { Code = region }, ClaimIds = { references } }, options).ResponseAsync,
            cancellationToken), b => b.BatchId);

    public override async Task<ServiceAnswer<BatchSummary>> BatchAsync(string batchId, CancellationToken cancellationToken)
    {
        var request = new GetPaymentBatchRequest { BatchId = batchId };
        var batch = await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, PaymentBatch>(ServiceZh,
            (client, options) => client.GetPaymentBatchAsync(request, options).ResponseAsync, cancellationToken);
        if (batch.Value is not { } read)
        {
            return ServiceAnswer<BatchSummary>.Failed(batch.Problem!);
        }

        var lines = await NoticeLinesAsync(batchId, cancellationToken);
        return Map(lines, l => new BatchSummary(read.BatchId, read.NoticeFrom, read.NoticeUntil, read.Total, read.NoticePeriod, [.. read.ClaimIds], l));
    }

    public override async Task<ServiceAnswer<PayableItem>> PayAsync(PayableItem item, DateOnly paidOn, string paymentReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>(ServiceZh,
            (client, options) => client.RecordPaymentAsync(new RecordPaymentRequest
            {
                IdempotencyKey = idempotencyKey,
                ClaimId = item.Reference,
                ExpectedVersion = item.Version,
                Payment = new Payment { PaidOn = Day(paidOn), Amount = new Money { Fen = item.AmountFen }, PaymentReference = paymentReference },
            }, options).ResponseAsync, cancellationToken), c => Item(c, names));
    }

    public override async Task<ServiceAnswer<PayableItem>> FailAsync(PayableItem item, DateOnly failedOn, string reasonZh, string bankReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<HiringSubsidies.HiringSubsidiesClient, HiringClaim>(ServiceZh,
            (client, options) => client.RecordPaymentFailureAsync(new PaymentFailureRequest
            {
                IdempotencyKey = idempotencyKey,
                RecordId = item.Reference,
                ExpectedVersion = item.Version,
                FailedOn = Day(failedOn),
                ReasonZh = reasonZh,
                BankReference = bankReference,
            }, options).ResponseAsync, cancellationToken), c => Item(c, names));
    }

    private PayableItem Item(HiringClaim c, Apply.KindNames names) => new(
        c.ClaimId, names.Of(Name, c.Kind), c.EmployerName.Length > 0 ? c.EmployerName : string.Join("、", c.Items.Select(i => i.NameMasked).Where(n => n.Length > 0)),
        c.Total?.Fen ?? 0, c.Record?.Version ?? 0, c.BatchId, c.Status == ClaimStatus.Paid, c.Payment?.PaidOn, c.Payment?.PaymentReference ?? "", c.PaymentFailure, c.PaymentHold,
        DecisionPathOf(c.ClaimId));
}
