using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Events;
using Employment.Policy;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>
/// Reading events: one event at the counter (its region's; others NOT_FOUND), the public list of coming
/// events, and a region's year counted against the documents' targets (jobs.event.annual_target).
/// </summary>
public sealed class EventQueries(JobsDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    public async Task<V1.RecruitmentEvent> GetAsync(string eventId, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.Set<RecruitmentEventRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == eventId, cancellationToken)
            ?? throw DomainRuleException.NotFound("招聘活动", eventId);
        RegionScope.Of(clerk).Visible(record, "招聘活动", eventId, record.CountyCode);
        return EventAnswers.Counter(record.ToEvent(), record);
    }

    /// <summary>Planned events from today on (China calendar), soonest first; cancelled and past ones are not listed.</summary>
    public async Task<V1.ListUpcomingEventsResponse> ListUpcomingAsync(V1.ListUpcomingEventsRequest request, CancellationToken cancellationToken)
    {
        var prefix = RegionFilter.PrefixOf(request.Region, "region", required: false);
        var size = Pages.Size(request.Page);
        var offset = Pages.Offset(request.Page);
        var today = clock.Today;
        var planned = (int)EventStatus.Planned;
        var query = db.Set<RecruitmentEventRecord>().AsNoTracking()
            .Where(r => r.Status == planned && r.Date >= today && r.CountyCode.StartsWith(prefix));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Date).ThenBy(r => r.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return new V1.ListUpcomingEventsResponse
        {
            Events = { rows.Select(EventAnswers.Public) },
            Page = Pages.NextByOffset(offset, size, total),
        };
    }

    public async Task<V1.EventCounts> CountAsync(V1.CountEventsRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var code = RegionCodes.Place(request.Region, "region", required: true);
        RegionScope.Of(clerk).RequireCovers("region", code);
        var year = EventYear.RequireYear(request.Year, today);
        var prefix = Policy.Model.Region.Parse(code).CodePrefix;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var held = (int)EventStatus.Held;
        var byKind = await db.Set<RecruitmentEventRecord>().AsNoTracking()
            .Where(r => r.Status == held && r.Date >= first && r.Date <= last && r.CountyCode.StartsWith(prefix))
            .GroupBy(r => r.Kind)
            .Select(g => new
            {
                Kind = g.Key,
                Events = g.Count(),
                PostingsOffered = g.Sum(r => (long)r.PostingsOffered),
                Attendance = g.Sum(r => (long)r.Attendance),
                Hires = g.Sum(r => (long)r.Hires),
            })
            .ToListAsync(cancellationToken);
        var tally = new EventTally(
            byKind.Sum(k => k.Events),
            byKind.Sum(k => k.PostingsOffered),
            byKind.Sum(k => k.Attendance),
            byKind.Sum(k => k.Hires),
            byKind.ToDictionary(k => (EventKind)k.Kind, k => k.Events));
        var targets = EventYear.Judge(catalog, code, year, tally);
        return new V1.EventCounts
        {
            Region = new RegionCode { Code = code },
            Year = year,
            EventsHeld = tally.EventsHeld,
            PostingsOffered = tally.PostingsOffered,
            Attendance = tally.Attendance,
            Hires = tally.Hires,
            ByKind = { tally.ByKind.OrderBy(k => k.Key).Select(k => new V1.EventKindCount { Kind = (V1.RecruitmentEventKind)(int)k.Key, Events = k.Value }) },
            Targets = { targets.Select(Target) },
            NoteZh = targets.Count == 0 ? $"政策目录中没有为 {code} 设定 {year} 年的招聘活动目标（{EventYear.Rule}）。" : "",
        };
    }

    private static V1.EventTarget Target(TargetProgress p) => new()
    {
        Key = p.Key,
        TitleZh = p.TitleZh,
        Target = p.Target,
        Actual = p.Actual,
        Met = p.Met,
        CitationZh = p.Source.Source.Display(),
        QuoteZh = p.Source.Source.Quote ?? "",
        RuleId = EventYear.Rule,
    };
}
