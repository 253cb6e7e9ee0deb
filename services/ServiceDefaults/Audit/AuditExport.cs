using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;

namespace Employment.ServiceDefaults.Audit;

/// <summary>What an ExportForAudit call asks for: a region, the 受理日期 (R31) period, the items per message.</summary>
public sealed record AuditExportQuery(Region Region, DateOnly ReceivedFrom, DateOnly ReceivedUntil, int PageSize)
{
    /// <summary>The region's code prefix for filtering rows in a query (regions nest: the scope decides the rest).</summary>
    public string CodePrefix => Region.CodePrefix;

    public bool Covers(string regionCode) => Region.TryParse(regionCode, out var region) && Region.Contains(region);

    /// <summary>
    /// A record whose 受理日期 is its day of entry (China): entered within the period. Compared after reading,
    /// since SQLite cannot compare stored instants in a query.
    /// </summary>
    public bool EnteredWithin(DateTimeOffset createdAt) => Time.ChinaClock.DateOf(createdAt) is var day && day >= ReceivedFrom && day <= ReceivedUntil;
}

/// <summary>
/// The one reading of an <see cref="AuditExportRequest"/> every subsidy service shares, and the one
/// mapping of its own statuses to <see cref="AuditedStatus"/>. Bad input is INVALID_ARGUMENT naming the
/// field; an auditor whose office does not cover the region is PERMISSION_DENIED.
/// </summary>
public static class AuditExport
{
    /// <summary>Items per message: technical bounds, not policy figures.</summary>
    private const int DefaultItemsPerPage = 1000;
    private const int MaxItemsPerPage = 5000;

    public static AuditExportQuery Query(AuditExportRequest request, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        RegionScope.Of(caller).RequireCovers("region", region.Code);
        var from = Day(request.Received?.From, "received.from");
        var until = Day(request.Received?.Until, "received.until");
        if (until < from)
        {
            throw DomainRuleException.Invalid("received.until", $"受理期间终止日（{until:yyyy-MM-dd}）早于起始日（{from:yyyy-MM-dd}）。");
        }

        var size = Pages.Batch(request.PageSize, DefaultItemsPerPage, MaxItemsPerPage, "page_size", "条目");
        return new AuditExportQuery(region, from, until, size);
    }

    /// <summary>A date as the export carries it; none (null) stays unset.</summary>
    public static CalendarDate? Date(DateOnly? day) => day is { } d ? ProtoMapping.ToProto(d) : null;

    /// <summary>
    /// The day (China) an item was decided (办结), while its status is a decision's: a decision a review returned, or
    /// none yet, leaves it unset.
    /// </summary>
    public static CalendarDate? DecidedOn(AuditedStatus status, DateTimeOffset? decidedAt) =>
        status is AuditedStatus.Approved or AuditedStatus.Rejected or AuditedStatus.Paid && decidedAt is { } at ? EnteredOn(at) : null;

    /// <summary>The groups the stored explanation (employment.common.v1.Explanation's bytes) decided the person in.</summary>
    public static IReadOnlyList<string> GroupsDecided(byte[] explanation) =>
        Policy.Categories.DecidedGroups.Of(explanation is { Length: > 0 } ? Explanation.Parser.ParseFrom(explanation) : null);

    /// <summary>The day of entry in China of a row's creation instant.</summary>
    public static CalendarDate EnteredOn(DateTimeOffset createdAt) => ProtoMapping.ToProto(Time.ChinaClock.DateOf(createdAt));

    private static DateOnly Day(CalendarDate? date, string field) =>
        StatedPersonFacts.Day(date, field) ?? throw DomainRuleException.Invalid(field, $"请提供受理日期的查询期间（{field}）。");
}
