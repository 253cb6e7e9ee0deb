using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>
/// One subsidy service's payments as the workbench drives them, all through the lifecycle's shared SubsidyPayments: its
/// approved records, a batch put on 公示 and its notice, the objections to it, each record's payment or the bank's
/// failure. Every call carries the clerk's token; the service keeps every rule (the notice period, the amount decided,
/// holds, the office's region). A service appears here by being configured to serve the contract.
/// </summary>
public sealed class PaymentDesk(SubsidyService service, ServiceCalls calls, SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
{
    /// <summary>The desk's address segment: the service's platform name.</summary>
    public string Name => service.Name;

    /// <summary>What a clerk calls the service's records (培训补贴, 就业补贴).</summary>
    public string ServiceZh => service.RecordsZh;

    /// <summary>Where a record of this desk is decided; empty where the workbench has no decision screen for its service.</summary>
    public string DecisionPathOf(string reference) => Decide.DecisionPaths.Of(service.Name, reference) ?? "";

    /// <summary>The approved records of the office, in a batch or not yet (not paid).</summary>
    public Task<ServiceAnswer<IReadOnlyList<PayableItem>>> ApprovedAsync(CancellationToken cancellationToken) =>
        PayableAsync(new ListPayableRequest { Page = new PageRequest { PageSize = Queue.QueueReads.PageSize } }, cancellationToken);

    public async Task<ServiceAnswer<PayableItem>> ItemAsync(string reference, CancellationToken cancellationToken) =>
        Map(await CallAsync(async (client, options) => await client.GetCaseAsync(new GetCaseRequest { RecordId = reference }, options), cancellationToken), Item);

    /// <summary>The records of a batch, as many as one answer holds.</summary>
    public Task<ServiceAnswer<IReadOnlyList<PayableItem>>> BatchItemsAsync(string batchId, int most, CancellationToken cancellationToken) =>
        PayableAsync(new ListPayableRequest { BatchId = batchId, Page = new PageRequest { PageSize = most } }, cancellationToken);

    public async Task<ServiceAnswer<string>> CreateBatchAsync(IReadOnlyList<string> references, string region, string idempotencyKey, CancellationToken cancellationToken) =>
        Map(await CallAsync(async (client, options) => await client.CreatePaymentBatchAsync(
            new CreatePaymentBatchRequest { IdempotencyKey = idempotencyKey, Region = new RegionCode { Code = region }, RecordIds = { references } }, options), cancellationToken), b => b.BatchId);

    /// <summary>A batch and its 公示名单 as the service publishes it, each line as the printed list shows it.</summary>
    public async Task<ServiceAnswer<BatchSummary>> BatchAsync(string batchId, CancellationToken cancellationToken)
    {
        var batch = CallAsync(async (client, options) => await client.GetPaymentBatchAsync(new GetPaymentBatchRequest { BatchId = batchId }, options), cancellationToken);
        var notice = CallAsync(async (client, options) => await client.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batchId }, options), cancellationToken);
        if ((await batch).Value is not { } read)
        {
            return ServiceAnswer<BatchSummary>.Failed(batch.Result.Problem!);
        }

        return Map(await notice, n => new BatchSummary(read.BatchId, read.NoticeFrom, read.NoticeUntil, read.Total, read.NoticePeriod, [.. read.RecordIds],
            [.. n.Lines.Select(l => new NoticeLine(
                l.EmployerName.Length > 0 ? $"{l.EmployerName} {l.NameMasked}".Trim() : l.NameMasked,
                l.IdNumberMasked.Length > 0 ? l.IdNumberMasked : l.EmployerCreditCodeMasked,
                l.DetailZh.Length > 0 ? $"{l.KindZh}（{l.DetailZh}）" : l.KindZh,
                l.Amount))]));
    }

    public async Task<ServiceAnswer<PayableItem>> PayAsync(PayableItem item, DateOnly paidOn, string paymentReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Map(await CallAsync(async (client, options) => await client.RecordPaymentAsync(new RecordPaymentRequest
        {
            IdempotencyKey = idempotencyKey,
            RecordId = item.Reference,
            ExpectedVersion = item.Version,
            Payment = new PaymentMade { PaidOn = Day(paidOn), Amount = new Money { Fen = item.AmountFen }, PaymentReference = paymentReference },
        }, options), cancellationToken), Item);
    }

    public async Task<ServiceAnswer<PayableItem>> FailAsync(PayableItem item, DateOnly failedOn, string reasonZh, string bankReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Map(await CallAsync(async (client, options) => await client.RecordPaymentFailureAsync(new PaymentFailureRequest
        {
            IdempotencyKey = idempotencyKey,
            RecordId = item.Reference,
            ExpectedVersion = item.Version,
            FailedOn = Day(failedOn),
            ReasonZh = reasonZh,
            BankReference = bankReference,
        }, options), cancellationToken), Item);
    }

    /// <summary>公示异议 of the office still to resolve.</summary>
    public async Task<ServiceAnswer<IReadOnlyList<Objection>>> OpenObjectionsAsync(CancellationToken cancellationToken) =>
        Map<ListObjectionsResponse, IReadOnlyList<Objection>>(await CallAsync(
            async (client, options) => await client.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, options), cancellationToken), list => [.. list.Objections]);

    /// <summary>Dismisses (the hold released) or upholds (kept) an objection, with what the office found.</summary>
    public Task<ServiceAnswer<Objection>> ResolveObjectionAsync(string objectionId, bool upheld, string findingZh, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(async (client, options) => await client.ResolveObjectionAsync(
            new ResolveObjectionRequest { IdempotencyKey = idempotencyKey, ObjectionId = objectionId, Upheld = upheld, ResolutionZh = findingZh }, options), cancellationToken);

    private async Task<ServiceAnswer<IReadOnlyList<PayableItem>>> PayableAsync(ListPayableRequest request, CancellationToken cancellationToken) =>
        Map<ListPayableResponse, IReadOnlyList<PayableItem>>(
            await CallAsync(async (client, options) => await client.ListPayableAsync(request, options), cancellationToken), page => [.. page.Cases.Select(Item)]);

    private Task<ServiceAnswer<T>> CallAsync<T>(Func<SubsidyPayments.SubsidyPaymentsClient, Grpc.Core.CallOptions, Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        calls.CallAsync(payments, service.Name, "这项业务不经发放公示。", call, cancellationToken);

    private PayableItem Item(SubsidyCase c) => new(
        c.RecordId, c.KindZh, c.PayeeZh, c.Amount?.Fen ?? 0, c.Record?.Version ?? 0, c.BatchId, c.Status == SubsidyCaseStatus.Paid,
        c.Payment?.PaidOn, c.Payment?.PaymentReference ?? "", c.PaymentFailure, c.PaymentHold, DecisionPathOf(c.RecordId));

    private static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static ServiceAnswer<TOut> Map<TIn, TOut>(ServiceAnswer<TIn> answer, Func<TIn, TOut> map)
        where TIn : class
        where TOut : class =>
        answer.Value is { } value ? ServiceAnswer<TOut>.Of(map(value)) : ServiceAnswer<TOut>.Failed(answer.Problem!);
}
