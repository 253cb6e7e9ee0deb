using Employment.Common.V1;
using Employment.ServiceDefaults.Audit;

namespace Figures.Tests;

/// <summary>A service's audit export as a refresh reads it: the items given within the asked region and 受理 period, one page.</summary>
internal sealed class StandInExport(string service, params AuditedItem[] items) : IAuditExport
{
    public string Service => service;

    public int Reads { get; private set; }

    public async IAsyncEnumerable<AuditExportPage> ReadAsync(AuditExportRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        Reads++;
        var from = new DateOnly(request.Received.From.Year, request.Received.From.Month, request.Received.From.Day);
        var until = new DateOnly(request.Received.Until.Year, request.Received.Until.Month, request.Received.Until.Day);
        var page = new AuditExportPage();
        page.Items.AddRange(items.Where(i => i.Region.Code.StartsWith(request.Region.Code[..4], StringComparison.Ordinal)
            && Day(i.ReceivedOn) >= from && Day(i.ReceivedOn) <= until));
        yield return page;
    }

    private static DateOnly Day(CalendarDate date) => new(date.Year, date.Month, date.Day);
}

/// <summary>Exported items of the shapes the services write.</summary>
internal static class Exported
{
    public static AuditedItem Item(
        string service, string reference, string measure, string region, string person, string employer, DateOnly received,
        AuditedStatus status, long fen, DateOnly? paid = null) => new()
    {
        Service = service,
        Reference = reference,
        ItemNo = 1,
        Measure = measure,
        MeasureZh = measure switch
        {
            "hiring.absorption" => "一次性吸纳就业补贴",
            "hiring.expansion" => "一次性扩岗补助",
            "training.skill_upgrade" => "技能提升补贴",
            _ => "个人创业担保贷款（贴息）",
        },
        Status = status,
        PersonId = person,
        NameMasked = "张*明",
        EmployerId = employer,
        EmployerName = employer.Length > 0 ? $"焦作{employer}有限公司" : "",
        Region = new RegionCode { Code = region },
        Amount = new Money { Fen = fen },
        ReceivedOn = Date(received),
        EnteredOn = Date(received),
        PaidOn = paid is { } p ? Date(p) : null,
    };

    /// <summary>A loan the bank registered: the benefit given, its whole principal beside its subsidised part.</summary>
    public static AuditedItem Loan(string reference, string region, string person, DateOnly issued, long subsidisedFen, long principalFen, long subsidyFen = 0)
    {
        var item = Item("startup-loans", reference, "loans.individual", region, person, "", issued, AuditedStatus.Paid, subsidisedFen, issued);
        item.BenefitGiven = true;
        item.Principal = new Money { Fen = principalFen };
        item.Subsidy = new Money { Fen = subsidyFen };
        return item;
    }

    /// <summary>How it was received.</summary>
    public static AuditedItem Via(this AuditedItem item, Channel channel)
    {
        item.Channel = channel;
        return item;
    }

    /// <summary>Decided (办结) on a day, against the 办结时限's last day when the region sets one.</summary>
    public static AuditedItem Decided(this AuditedItem item, DateOnly on, DateOnly? due = null)
    {
        item.DecidedOn = Date(on);
        return due is { } last ? item.Due(last) : item;
    }

    public static AuditedItem Due(this AuditedItem item, DateOnly due)
    {
        item.DueOn = Date(due);
        return item;
    }

    /// <summary>The groups the rules found the person in.</summary>
    public static AuditedItem InGroups(this AuditedItem item, params string[] groups)
    {
        item.Groups.AddRange(groups);
        return item;
    }

    /// <summary>A training's occupation and certificate level ("6-29-01-01/3").</summary>
    public static AuditedItem Trained(this AuditedItem item, string occupationLevel)
    {
        item.OccupationLevel = occupationLevel;
        return item;
    }

    private static CalendarDate Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
