using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Training.V1;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>The training service's payments: its approved applications, batches, notice and payments.</summary>
public sealed class TrainingPayments(ServiceCalls calls, Apply.ApplicationDesks desks, SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
    : PaymentDesk(calls, desks, payments)
{
    public override string Name => Apply.TrainingDesk.DeskName;

    protected override string Service => PlatformServices.Training;

    public override string ServiceZh => "培训补贴";

    public override string DecisionPathOf(string reference) => Decide.TrainingDecisionView.PathOf(reference);

    public override async Task<ServiceAnswer<IReadOnlyList<PayableItem>>> ApprovedAsync(CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        var read = await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, ListApplicationsResponse>(ServiceZh,
            (client, options) => client.ListApplicationsAsync(new ListApplicationsRequest { Status = ApplicationStatus.Approved, Page = new PageRequest { PageSize = Queue.QueueReads.PageSize }, WithoutExplanations = true }, options).ResponseAsync,
            cancellationToken);
        return Map<ListApplicationsResponse, IReadOnlyList<PayableItem>>(read, page => [.. page.Applications.Select(a => Item(a, names))]);
    }

    public override async Task<ServiceAnswer<PayableItem>> ItemAsync(string reference, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>(ServiceZh,
            (client, options) => client.GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference }, options).ResponseAsync, cancellationToken), a => Item(a, names));
    }

    public override async Task<ServiceAnswer<string>> CreateBatchAsync(IReadOnlyList<string> references, string region, string idempotencyKey, CancellationToken cancellationToken) =>
        Map(await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, PaymentBatch>(ServiceZh,
            (client, options) => client.CreatePaymentBatchAsync(new CreatePaymentBatchRequest { IdempotencyKey = idempotencyKey, Region = new RegionCode { Code = region }, ApplicationIds = { references } }, options).ResponseAsync,
            cancellationToken), b => b.BatchId);

    public override async Task<ServiceAnswer<BatchSummary>> BatchAsync(string batchId, CancellationToken cancellationToken)
    {
        var request = new GetPaymentBatchRequest { BatchId = batchId };
        var batch = await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, PaymentBatch>(ServiceZh,
            (client, options) => client.GetPaymentBatchAsync(request, options).ResponseAsync, cancellationToken);
        if (batch.Value is not { } read)
        {
            return ServiceAnswer<BatchSummary>.Failed(batch.Problem!);
        }

        var lines = await NoticeLinesAsync(batchId, cancellationToken);
        return Map(lines, l => new BatchSummary(read.BatchId, read.NoticeFrom, read.NoticeUntil, read.Total, read.NoticePeriod, [.. read.ApplicationIds], l));
    }

    public override async Task<ServiceAnswer<PayableItem>> PayAsync(PayableItem item, DateOnly paidOn, string paymentReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>(ServiceZh,
            (client, options) => client.RecordPaymentAsync(new RecordPaymentRequest
            {
                IdempotencyKey = idempotencyKey,
                ApplicationId = item.Reference,
                ExpectedVersion = item.Version,
                PaidOn = Day(paidOn),
                Amount = new Money { Fen = item.AmountFen },
                PaymentReference = paymentReference,
            }, options).ResponseAsync, cancellationToken), a => Item(a, names));
    }

    public override async Task<ServiceAnswer<PayableItem>> FailAsync(PayableItem item, DateOnly failedOn, string reasonZh, string bankReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return Map(await Calls.CallAsync<TrainingSubsidies.TrainingSubsidiesClient, TrainingApplication>(ServiceZh,
            (client, options) => client.RecordPaymentFailureAsync(new PaymentFailureRequest
            {
                IdempotencyKey = idempotencyKey,
                RecordId = item.Reference,
                ExpectedVersion = item.Version,
                FailedOn = Day(failedOn),
                ReasonZh = reasonZh,
                BankReference = bankReference,
            }, options).ResponseAsync, cancellationToken), a => Item(a, names));
    }

    private PayableItem Item(TrainingApplication a, Apply.KindNames names) => new(
        a.ApplicationId, names.Of(Name, a.Kind), $"{a.NameMasked} {a.IdNumberMasked}", a.Amount?.Fen ?? 0, a.Record?.Version ?? 0, a.BatchId,
        a.Status == ApplicationStatus.Paid, a.PaidOn, a.PaymentReference, a.PaymentFailure, a.PaymentHold, DecisionPathOf(a.ApplicationId));
}
