using Employment.Jobs.Data;
using Employment.Jobs.Data.PublicServices;
using Employment.Jobs.Domain.Venues;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>RecordVenue and UpdateVenue: a venue of the clerk's region, written with the answer in one transaction.</summary>
public sealed class RecordVenues(JobsDbContext db, ChinaClock clock, ILogger<RecordVenues> logger)
{
    public const string IdPrefix = "V";

    public Task<V1.ServiceVenue> RecordAsync(V1.RecordVenueRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var details = VenueInput.Details(request.Details);
        RegionScope.Of(clerk).RequireCovers("details.county", details.CountyCode);
        return IdempotentWrite.RunAsync(db, clock.Now, "RecordVenue", clerk, request.IdempotencyKey, request, V1.ServiceVenue.Parser, async () =>
        {
            var venue = ServiceVenue.Record(RecordIds.New(IdPrefix), details);
            var record = new ServiceVenueRecord();
            record.CopyFrom(venue);
            record.StampCreated(clerk.Subject, clock.Now);
            db.Set<ServiceVenueRecord>().Add(record);
            await db.SaveChangesAsync(cancellationToken);
            PublicServicesLog.VenueRecorded(logger, venue.Id, clerk.Subject, details.CountyCode);
            return VenueAnswers.Counter(venue, record);
        }, cancellationToken);
    }

    public Task<V1.ServiceVenue> UpdateAsync(V1.UpdateVenueRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var details = VenueInput.Details(request.Details);
        return IdempotentWrite.RunAsync(db, clock.Now, "UpdateVenue", clerk, request.IdempotencyKey, request, V1.ServiceVenue.Parser, async () =>
        {
            var record = await db.Set<ServiceVenueRecord>().SingleOrDefaultAsync(r => r.Id == request.VenueId, cancellationToken)
                ?? throw DomainRuleException.NotFound("服务网点", request.VenueId);
            RegionScope.Of(clerk).Visible(record, "服务网点", request.VenueId, record.CountyCode);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale("服务网点", record.Version, request.ExpectedVersion);
            }

            var venue = record.ToVenue();
            venue.Revise(details, request.Open);
            record.CopyFrom(venue);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return VenueAnswers.Counter(venue, record);
        }, cancellationToken);
    }
}
