using Employment.Jobs.Data;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Events;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>
/// RecordEvent, RecordEventResults and CancelEvent: an event of the clerk's region, changed by the
/// domain and written with the answer in one transaction (a retry with the key gets the first answer).
/// </summary>
public sealed class RecordEvents(JobsDbContext db, ChinaClock clock, ILogger<RecordEvents> logger)
{
    public const string IdPrefix = "E";

    public Task<V1.RecruitmentEvent> AnnounceAsync(V1.RecordEventRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var details = EventInput.Details(request.Details);
        RegionScope.Of(clerk).RequireCovers("details.county", details.CountyCode);
        return IdempotentWrite.RunAsync(db, clock.Now, "RecordEvent", clerk, request.IdempotencyKey, request, V1.RecruitmentEvent.Parser, async () =>
        {
            var e = RecruitmentEvent.Announce(RecordIds.New(IdPrefix), details);
            var record = new RecruitmentEventRecord();
            record.CopyFrom(e);
            record.StampCreated(clerk.Subject, clock.Now);
            db.Set<RecruitmentEventRecord>().Add(record);
            await db.SaveChangesAsync(cancellationToken);
            PublicServicesLog.EventRecorded(logger, e.Id, clerk.Subject, details.CountyCode, details.Date);
            return EventAnswers.Counter(e, record);
        }, cancellationToken);
    }

    public Task<V1.RecruitmentEvent> RecordResultsAsync(V1.RecordEventResultsRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, "RecordEventResults", clerk, request.IdempotencyKey, request, V1.RecruitmentEvent.Parser, async () =>
        {
            var record = await LoadAsync(request.EventId, request.ExpectedVersion, clerk, cancellationToken);
            var e = record.ToEvent();
            e.RecordResults(new EventResults(request.PostingsOffered, request.Attendance, request.Hires), clock.Today);
            record.CopyFrom(e);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            PublicServicesLog.EventResults(logger, e.Id, clerk.Subject, request.PostingsOffered, request.Attendance, request.Hires);
            return EventAnswers.Counter(e, record);
        }, cancellationToken);
    }

    public Task<V1.RecruitmentEvent> CancelAsync(V1.CancelEventRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var reason = PlainText.Check(request.Reason, "reason", PlainText.ReasonMaxLength, "取消原因");
        return IdempotentWrite.RunAsync(db, clock.Now, "CancelEvent", clerk, request.IdempotencyKey, request, V1.RecruitmentEvent.Parser, async () =>
        {
            var record = await LoadAsync(request.EventId, request.ExpectedVersion, clerk, cancellationToken);
            var e = record.ToEvent();
            e.Cancel(reason);
            record.CopyFrom(e);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return EventAnswers.Counter(e, record);
        }, cancellationToken);
    }

    private async Task<RecruitmentEventRecord> LoadAsync(string eventId, long expectedVersion, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.Set<RecruitmentEventRecord>().SingleOrDefaultAsync(r => r.Id == eventId, cancellationToken)
            ?? throw DomainRuleException.NotFound("招聘活动", eventId);
        RegionScope.Of(clerk).Visible(record, "招聘活动", eventId, record.CountyCode);
        if (record.Version != expectedVersion)
        {
            throw DomainRuleException.Stale("招聘活动", record.Version, expectedVersion);
        }

        return record;
    }
}
