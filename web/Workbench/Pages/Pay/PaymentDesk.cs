using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>
/// One service's payment lifecycle as the workbench drives it: its approved records, a batch put on 公示 and its
/// notice, each record's payment or the bank's failure. Every call carries the clerk's token; the service keeps
/// every rule (the notice period, the amount decided, holds, the office's region). 公示 and its objections are the
/// lifecycle's shared SubsidyPayments, reached the same way for every service.
/// </summary>
public abstract class PaymentDesk(ServiceCalls calls, Apply.ApplicationDesks desks, SubsidyClients<SubsidyPayments.SubsidyPaymentsClient> payments)
{
    protected ServiceCalls Calls => calls;

    /// <summary>The desk's address segment (training, hiring), as the application desks name it.</summary>
    public abstract string Name { get; }

    /// <summary>The subsidy service that pays the desk's records (its platform name).</summary>
    protected abstract string Service { get; }

    /// <summary>The service as a clerk names it.</summary>
    public abstract string ServiceZh { get; }

    /// <summary>Where a record of this desk is decided (its decision screen).</summary>
    public abstract string DecisionPathOf(string reference);

    /// <summary>The approved records of the office, in a batch or not yet (not paid).</summary>
    public abstract Task<ServiceAnswer<IReadOnlyList<PayableItem>>> ApprovedAsync(CancellationToken cancellationToken);

    public abstract Task<ServiceAnswer<PayableItem>> ItemAsync(string reference, CancellationToken cancellationToken);

    public abstract Task<ServiceAnswer<string>> CreateBatchAsync(IReadOnlyList<string> references, string region, string idempotencyKey, CancellationToken cancellationToken);

    public abstract Task<ServiceAnswer<BatchSummary>> BatchAsync(string batchId, CancellationToken cancellationToken);

    public abstract Task<ServiceAnswer<PayableItem>> PayAsync(PayableItem item, DateOnly paidOn, string paymentReference, string idempotencyKey, CancellationToken cancellationToken);

    public abstract Task<ServiceAnswer<PayableItem>> FailAsync(PayableItem item, DateOnly failedOn, string reasonZh, string bankReference, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>公示异议 of the office still to resolve.</summary>
    public async Task<ServiceAnswer<IReadOnlyList<Objection>>> OpenObjectionsAsync(CancellationToken cancellationToken) =>
        Map<ListObjectionsResponse, IReadOnlyList<Objection>>(await PaymentsCallAsync(
            async (client, options) => await client.ListObjectionsAsync(new ListObjectionsRequest { OpenOnly = true }, options), cancellationToken), list => [.. list.Objections]);

    /// <summary>Dismisses (the hold released) or upholds (kept) an objection, with what the office found.</summary>
    public Task<ServiceAnswer<Objection>> ResolveObjectionAsync(string objectionId, bool upheld, string findingZh, string idempotencyKey, CancellationToken cancellationToken) =>
        PaymentsCallAsync(async (client, options) => await client.ResolveObjectionAsync(
            new ResolveObjectionRequest { IdempotencyKey = idempotencyKey, ObjectionId = objectionId, Upheld = upheld, ResolutionZh = findingZh }, options), cancellationToken);

    /// <summary>A batch's 公示名单 as the service publishes it, each line as the printed list shows it.</summary>
    protected async Task<ServiceAnswer<IReadOnlyList<NoticeLine>>> NoticeLinesAsync(string batchId, CancellationToken cancellationToken) =>
        Map<PaymentNotice, IReadOnlyList<NoticeLine>>(await PaymentsCallAsync(
            async (client, options) => await client.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batchId }, options), cancellationToken),
            notice => [.. notice.Lines.Select(l => new NoticeLine(
                l.EmployerName.Length > 0 ? $"{l.EmployerName} {l.NameMasked}".Trim() : l.NameMasked,
                l.IdNumberMasked.Length > 0 ? l.IdNumberMasked : l.EmployerCreditCodeMasked,
                l.DetailZh.Length > 0 ? $"{l.KindZh}（{l.DetailZh}）" : l.KindZh,
                l.Amount))]);

    private Task<ServiceAnswer<T>> PaymentsCallAsync<T>(Func<SubsidyPayments.SubsidyPaymentsClient, Grpc.Core.CallOptions, Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        payments.For(Service) is { } client
            ? calls.CallAsync(ServiceZh, client, call, cancellationToken)
            : Task.FromResult(ServiceAnswer<T>.Failed(ServiceProblem.Refused(ServiceZh, "这项业务没有公示。")));

    protected async Task<Apply.KindNames> NamesAsync(CancellationToken cancellationToken) => await desks.NamesAsync(cancellationToken);

    protected static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    protected static ServiceAnswer<TOut> Map<TIn, TOut>(ServiceAnswer<TIn> answer, Func<TIn, TOut> map)
        where TIn : class
        where TOut : class =>
        answer.Value is { } value ? ServiceAnswer<TOut>.Of(map(value)) : ServiceAnswer<TOut>.Failed(answer.Problem!);
}
