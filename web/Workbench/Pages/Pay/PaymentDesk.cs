using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>
/// One service's payment lifecycle as the workbench drives it: its approved records, a batch put on 公示 and its
/// notice, each record's payment or the bank's failure. Every call carries the clerk's token; the service keeps
/// every rule (the notice period, the amount decided, holds, the office's region).
/// </summary>
public abstract class PaymentDesk(ServiceCalls calls, Apply.ApplicationDesks desks)
{
    protected ServiceCalls Calls => calls;

    /// <summary>The desk's address segment (training, hiring), as the application desks name it.</summary>
    public abstract string Name { get; }

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

    /// <summary>公示异议 of the office still to resolve; none where the service publishes no notice open to objections.</summary>
    public virtual Task<ServiceAnswer<IReadOnlyList<Objection>>> OpenObjectionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(ServiceAnswer<IReadOnlyList<Objection>>.Of([]));

    /// <summary>Dismisses (the hold released) or upholds (kept) an objection, with what the office found.</summary>
    public virtual Task<ServiceAnswer<Objection>> ResolveObjectionAsync(string objectionId, bool upheld, string findingZh, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(ServiceAnswer<Objection>.Failed(ServiceProblem.Refused(ServiceZh, "这项业务的公示不受理异议。")));

    protected async Task<Apply.KindNames> NamesAsync(CancellationToken cancellationToken) => await desks.NamesAsync(cancellationToken);

    protected static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    protected static ServiceAnswer<TOut> Map<TIn, TOut>(ServiceAnswer<TIn> answer, Func<TIn, TOut> map)
        where TIn : class
        where TOut : class =>
        answer.Value is { } value ? ServiceAnswer<TOut>.Of(map(value)) : ServiceAnswer<TOut>.Failed(answer.Problem!);
}
