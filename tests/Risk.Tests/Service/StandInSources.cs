using Employment.Common.V1;
using Employment.Risk.Domain;
using Employment.Risk.UseCases;

namespace Risk.Tests.Service;

/// <summary>A subsidy service's audit export as a scan reads it: the items given, one page; holds answered and remembered.</summary>
internal sealed class StandInAuditSource(string service, params AuditedItem[] items) : IAuditSource
{
    public string Service => service;

    public List<PaymentHoldRequest> Holds { get; } = [];

    public async IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var page = new AuditExportPage();
        page.Items.AddRange(items.Where(i => i.Region.Code.StartsWith(request.Region.Code[..4], StringComparison.Ordinal)));
        yield return page;
    }

    public Task<PaymentHoldAnswer> HoldAsync(PaymentHoldRequest request, CancellationToken cancellationToken)
    {
        Holds.Add(request);
        return Task.FromResult(new PaymentHoldAnswer());
    }
}

/// <summary>A registry that knows nobody: no clerk, household or employer link.</summary>
internal sealed class EmptyRegistry : IRegistrySource
{
    public Task<RegistryRelations> ReadAsync(IReadOnlyCollection<PaidItem> items, CancellationToken cancellationToken) =>
        Task.FromResult(new RegistryRelations([], [], []));
}

/// <summary>Exported items of the shapes the subsidy services write.</summary>
internal static class Exported
{
    private static int _next;

    public static AuditedItem Item(string service, string measure, string person, DateOnly eventDate, string region = "410802", string employer = "", AuditedStatus status = AuditedStatus.Approved) => new()
    {
        Service = service,
        Reference = $"R{Interlocked.Increment(ref _next):D5}",
        ItemNo = 1,
        Measure = measure,
        MeasureZh = measure,
        Status = status,
        PersonId = person,
        NameMasked = "张*明",
        EmployerCreditCode = employer,
        EmployerName = employer.Length > 0 ? "焦作示例有限公司" : "",
        Region = new RegionCode { Code = region },
        Amount = new Money { Fen = 100_000 },
        EventDate = new CalendarDate { Year = eventDate.Year, Month = eventDate.Month, Day = eventDate.Day },
        ReceivedOn = new CalendarDate { Year = eventDate.Year, Month = eventDate.Month, Day = eventDate.Day },
        EnteredOn = new CalendarDate { Year = eventDate.Year, Month = eventDate.Month, Day = eventDate.Day },
        EnteredBy = "clerk-1",
    };
}
