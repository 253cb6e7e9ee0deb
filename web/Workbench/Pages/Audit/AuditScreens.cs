using System.Globalization;
using Employment.Common.V1;
using Employment.Risk.V1;
using Employment.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Audit;

/// <summary>What the signals list is filtered by: kind, review state, least severity, and the page the officer is on.</summary>
public sealed record SignalFilter(SignalKind Kind, SignalStatus Status, Severity MinSeverity, string PageToken)
{
    public static SignalFilter Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var token = query["page"].ToString();
        return new(Read<SignalKind>(query["kind"]), Read<SignalStatus>(query["status"]), Read<Severity>(query["severity"]), token.Length <= 200 ? token : "");
    }

    /// <summary>The list's address with this filter on another page.</summary>
    public string PathOn(string pageToken) =>
        $"{AuditScreens.Path}?kind={(int)Kind}&status={(int)Status}&severity={(int)MinSeverity}&page={Uri.EscapeDataString(pageToken)}";

    private static T Read<T>(string? value)
        where T : struct, Enum =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(typeof(T), number) ? (T)(object)number : default;
}

/// <summary>The scan form as posted: the 受理日期 period, written 年-月-日, and what was wrong with it.</summary>
public sealed record ScanForm(string From, string Until, string IdempotencyKey, string? ProblemZh);

/// <summary>稽核: the office's signals, the scan form, and what the last scan found.</summary>
public sealed record SignalsView(ServiceAnswer<ListSignalsResponse> Signals, SignalFilter Filter, ScanForm Scan, ServiceAnswer<ScanSummary>? Scanned);

/// <summary>One signal: its records, facts, clauses and reviews, and what the last review did.</summary>
public sealed record SignalView(ServiceAnswer<Signal> Signal, string IdempotencyKey, string ReasonZh, ServiceProblem? ReviewProblem, bool JustReviewed)
{
    public static string PathOf(string signalId) => $"{AuditScreens.Path}/{Uri.EscapeDataString(signalId)}";
}

/// <summary>
/// The auditor's (稽核) screens on the risk service: the region's signals filtered by kind, state and severity; a scan of
/// the office's region over a 受理 period; one signal with the records it links (each opening on its own screen), the
/// facts that raised it and the clauses it rests on; and its review (核实属实 with the hold it places, 核实排除, 重新核查)
/// with a reason, on the version read. The risk service decides who may do what and tells the owning services of a hold.
/// </summary>
public sealed class AuditScreens(ServiceCalls calls, ChinaClock clock)
{
    public const string Path = WorkbenchOptions.PathBase + "/audit";

    /// <summary>Signals per page of the list.</summary>
    public const int PageSize = 50;

    private const string RiskZh = "风险稽核";

    public async Task<SignalsView> ListAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var scan = new ScanForm(new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ScreenKeys.New(), null);
        return await ListAsync(SignalFilter.Of(query), scan, null, cancellationToken);
    }

    /// <summary>A scan of the auditor's office region over the period posted; the list follows with what it found.</summary>
    public async Task<SignalsView> ScanAsync(IFormCollection form, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var key = ScreenKeys.Of(form);
        var from = form["from"].ToString().Trim();
        var until = form["until"].ToString().Trim();
        var filter = new SignalFilter(SignalKind.Unspecified, SignalStatus.Unspecified, Severity.Unspecified, "");
        if (!TryDate(from, out var first) || !TryDate(until, out var last))
        {
            return await ListAsync(filter, new ScanForm(from, until, key, "受理日期应写作 年-月-日，如 2026-01-01。"), null, cancellationToken);
        }

        if (last < first)
        {
            return await ListAsync(filter, new ScanForm(from, until, key, "受理日期的截止日不能早于起始日。"), null, cancellationToken);
        }

        var scanned = await calls.CallAsync<RiskSignals.RiskSignalsClient, ScanSummary>(RiskZh,
            (client, options) => client.RunScanAsync(new RunScanRequest
            {
                IdempotencyKey = key,
                Region = new RegionCode { Code = region },
                Received = new DatePeriod { From = Day(first), Until = Day(last) },
            }, options).ResponseAsync, cancellationToken);
        return await ListAsync(filter, new ScanForm(from, until, ScreenKeys.New(), null), scanned, cancellationToken);
    }

    public async Task<SignalView> SignalAsync(string signalId, CancellationToken cancellationToken) =>
        new(await ReadAsync(signalId, cancellationToken), ScreenKeys.New(), "", null, false);

    /// <summary>核实属实, 核实排除 (each with the reason the record keeps) or 重新核查, on the version the officer read.</summary>
    public async Task<SignalView> ReviewAsync(string signalId, IFormCollection form, CancellationToken cancellationToken)
    {
        var review = Decide.DecisionForm.Read(form, "核查意见");
        var status = form["decision"].ToString() switch
        {
            "confirm" => SignalStatus.Confirmed,
            "dismiss" => SignalStatus.Dismissed,
            "reopen" => SignalStatus.Open,
            _ => SignalStatus.Unspecified,
        };
        var problem = review.ProblemZh
            ?? (status == SignalStatus.Unspecified ? "请选择核实属实、核实排除或重新核查。" : null)
            ?? (status != SignalStatus.Open && review.ReasonZh.Length == 0 ? "请写明核查意见：核实了什么、结论依据什么。" : null);
        if (problem is not null)
        {
            return new(await ReadAsync(signalId, cancellationToken), review.IdempotencyKey, review.ReasonZh, ServiceProblem.Refused(RiskZh, problem), false);
        }

        var reviewed = await calls.CallAsync<RiskSignals.RiskSignalsClient, Signal>(RiskZh,
            (client, options) => client.ReviewSignalAsync(new ReviewSignalRequest
            {
                IdempotencyKey = review.IdempotencyKey,
                SignalId = signalId,
                ExpectedVersion = review.Version,
                Status = status,
                ReasonZh = review.ReasonZh,
            }, options).ResponseAsync, cancellationToken);
        return reviewed.Value is not null
            ? new(reviewed, ScreenKeys.New(), "", null, true)
            : new(await ReadAsync(signalId, cancellationToken), review.IdempotencyKey, review.ReasonZh, reviewed.Problem, false);
    }

    private Task<ServiceAnswer<Signal>> ReadAsync(string signalId, CancellationToken cancellationToken) =>
        calls.CallAsync<RiskSignals.RiskSignalsClient, Signal>(RiskZh,
            (client, options) => client.GetSignalAsync(new GetSignalRequest { SignalId = signalId }, options).ResponseAsync, cancellationToken);

    private async Task<SignalsView> ListAsync(SignalFilter filter, ScanForm scan, ServiceAnswer<ScanSummary>? scanned, CancellationToken cancellationToken)
    {
        var signals = await calls.CallAsync<RiskSignals.RiskSignalsClient, ListSignalsResponse>(RiskZh,
            (client, options) => client.ListSignalsAsync(new ListSignalsRequest
            {
                Kind = filter.Kind,
                Status = filter.Status,
                MinSeverity = filter.MinSeverity,
                Page = new PageRequest { PageSize = PageSize, PageToken = filter.PageToken },
            }, options).ResponseAsync, cancellationToken);
        return new(signals, filter, scan, scanned);
    }

    private static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
